package org.gongshi.content.editorial;

/** What a revision records: the save or status change that made it. */
public enum EditorialAction {
    CREATE("新建"),
    EDIT("修改"),
    SUBMIT("提交审核"),
    RETURN("退回草稿"),
    APPROVE("批准"),
    PUBLISH("立即发布"),
    PUBLISH_SCHEDULED("定时发布"),
    ARCHIVE("归档"),
    RESTORE("恢复旧版本"),
    IMPORT("导入");

    private final String label;

    EditorialAction(String label) {
        this.label = label;
    }

    /** The zh-CN name staff see, e.g. 提交审核. */
    public String label() {
        return label;
    }
}
