package org.gongshi.content.importing;

/** What importing one file did. */
public enum ImportOutcome {
    CREATED("新增"),
    UPDATED("更新"),
    UNCHANGED("未变"),
    FAILED("失败");

    private final String label;

    ImportOutcome(String label) {
        this.label = label;
    }

    /** The zh-CN word shown to the person importing. */
    public String label() {
        return label;
    }
}
