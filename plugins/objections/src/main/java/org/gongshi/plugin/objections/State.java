package org.gongshi.plugin.objections;

/** Where an objection or credit repair request stands, as the applicant reads it. */
enum State {
    SUBMITTED("已提交，等待受理", "已提交，等待受理"),
    RETURNED("需要补充材料", "需要补充材料"),
    ACCEPTED("已受理", "已受理"),
    UNDER_REVIEW("审查中", "审查中"),
    UPHELD("异议成立，正在纠正", "准予修复，正在办理"),
    REJECTED("异议不成立", "不予修复"),
    CORRECTED("异议成立，已纠正", "准予修复，已办结"),
    RECONSIDERING("上级复核中", "上级复核中"),
    MAINTAINED("复核维持原决定", "复核维持原决定");

    private final String objectionLabel;
    private final String repairLabel;

    State(String objectionLabel, String repairLabel) {
        this.objectionLabel = objectionLabel;
        this.repairLabel = repairLabel;
    }

    public String label(Kind kind) {
        return switch (kind) {
            case OBJECTION -> objectionLabel;
            case CREDIT_REPAIR -> repairLabel;
        };
    }

    /** The name staff use, whatever the kind of request. */
    public String staffLabel() {
        return objectionLabel;
    }

    /** Whether staff owe the next step, so the step has a deadline and can be overdue. */
    boolean awaitsStaff() {
        return switch (this) {
            case SUBMITTED, ACCEPTED, UNDER_REVIEW, UPHELD, RECONSIDERING -> true;
            case RETURNED, REJECTED, CORRECTED, MAINTAINED -> false;
        };
    }

    /** Whether a (first or reconsidered) decision has been made. */
    boolean decided() {
        return switch (this) {
            case UPHELD, REJECTED, CORRECTED, RECONSIDERING, MAINTAINED -> true;
            case SUBMITTED, RETURNED, ACCEPTED, UNDER_REVIEW -> false;
        };
    }
}
