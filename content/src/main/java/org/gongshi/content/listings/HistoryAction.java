package org.gongshi.content.listings;

/** Why a listing's history gained an entry: an import or one of the {@link ListingLifecycle} transitions. */
public enum HistoryAction {
    CREATED("新增"),
    UPDATED("导入更新"),
    CORRECTED("更正"),
    REVOKED("撤销"),
    DELETED("删除"),
    RESTORED("恢复"),
    EXPIRED("到期"),
    EXTENDED("延长期限"),
    /** Back in public after the site itself expired it wrongly: a correction of the site's error, no staff decision. */
    REINSTATED("恢复公示");

    private final String label;

    HistoryAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
