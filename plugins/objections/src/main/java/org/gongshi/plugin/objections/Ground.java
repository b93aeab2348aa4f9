package org.gongshi.plugin.objections;

/**
 * Why an objection is raised: the three grounds of Art. 11 of the SPC's 2017 provisions on the list of dishonest
 * judgment debtors, and the two the seed documents add (延迟解除, 征信异议).
 */
enum Ground {
    NOT_LISTABLE("不应被纳入失信被执行人名单"),
    INACCURATE("记载和公布的信息不准确"),
    SHOULD_BE_DELETED("失信信息应予删除"),
    DELAYED_REMOVAL("应当解除而延迟解除"),
    CREDIT_DISPUTE("存在征信异议");

    private final String label;

    Ground(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
