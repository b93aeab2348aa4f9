package org.gongshi.content.listings;

/** The grounds of Art. 10 of the SPC's 2017 provisions on which a listing must be deleted. */
public enum DeletionGround {
    PERFORMED("履行完毕", "被执行人已履行义务或人民法院已执行完毕"),
    SETTLEMENT_PERFORMED("和解履行完毕", "当事人达成执行和解协议且已履行完毕"),
    CREDITOR_REQUEST("申请执行人申请删除", "申请执行人书面申请删除，人民法院审查同意"),
    NO_PROPERTY_AFTER_TERMINATION("终本后未发现财产", "终结本次执行程序后两次以上查询未发现可供执行财产"),
    SUSPENDED("中止执行", "因审判监督或破产程序裁定中止执行"),
    NOT_ENFORCED("不予执行", "人民法院依法裁定不予执行"),
    TERMINATED("终结执行", "人民法院依法裁定终结执行");

    private final String shortName;
    private final String label;

    DeletionGround(String shortName, String label) {
        this.shortName = shortName;
        this.label = label;
    }

    /** A few characters staff type, e.g. at the command line: 履行完毕. */
    public String shortName() {
        return shortName;
    }

    public String label() {
        return label;
    }
}
