package org.gongshi.plugin.objections;

/** What the applicant asks for: that a listing be put right, or that it be removed after performance. */
enum Kind {
    OBJECTION("异议", "YY"),
    CREDIT_REPAIR("信用修复申请", "XF");

    private final String label;
    private final String prefix;

    Kind(String label, String prefix) {
        this.label = label;
        this.prefix = prefix;
    }

    public String label() {
        return label;
    }

    /** The first letters of its tracking numbers: YY for 异议, XF for 修复. */
    public String prefix() {
        return prefix;
    }
}
