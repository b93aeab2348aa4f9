package org.gongshi.plugin.objections;

/** How the applicant stands to the listed party. */
enum Relationship {
    SELF("本人（被列入名单者）"),
    LEGAL_REPRESENTATIVE("单位的法定代表人或负责人"),
    AGENT("受委托的代理人"),
    RELATIVE("近亲属"),
    OTHER("其他利害关系人");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
