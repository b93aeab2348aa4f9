package org.gongshi.content.staging;

/** Where a staged file stands: it waits until someone publishes or discards it, and then it is done. */
public enum ImportState {
    STAGED("待发布"),
    PUBLISHED("已发布"),
    DISCARDED("已放弃");

    private final String label;

    ImportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
