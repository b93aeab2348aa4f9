package org.gongshi.plugin;

/**
 * The grounds of Art. 10 of the SPC's 2017 provisions on which a listing must be deleted.
 *
 * @since 0.1
 */
public enum DeletionGround {
    PERFORMED("被执行人已履行义务或人民法院已执行完毕"),
    SETTLEMENT_PERFORMED("当事人达成执行和解协议且已履行完毕"),
    CREDITOR_REQUEST("申请执行人书面申请删除，人民法院审查同意"),
    NO_PROPERTY_AFTER_TERMINATION("终结本次执行程序后两次以上查询未发现可供执行财产"),
    SUSPENDED("因审判监督或破产程序裁定中止执行"),
    NOT_ENFORCED("人民法院依法裁定不予执行"),
    TERMINATED("人民法院依法裁定终结执行");

    private final String label;

    DeletionGround(String label) {
        this.label = label;
    }

    /**
     * The ground as staff read it when choosing.
     *
     * @since 0.1
     */
    public String label() {
        return label;
    }
}
