package org.gongshi.content.importing;

/** The kinds of content a document file can hold. */
public enum DocumentKind {
    CASE("典型案例"),
    POLICY("政策文件"),
    BULLETIN("工作进展通报");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
