package org.gongshi.content.staging;

/** Where a staged file stands: it waits until someone publishes it (as published content or a draft) or discards it. */
public enum ImportState {
    STAGED("待发布"),
    PUBLISHED("已导入"),
    DISCARDED("已放弃");

    private final String label;

    ImportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
