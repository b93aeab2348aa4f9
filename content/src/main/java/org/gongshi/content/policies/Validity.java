package org.gongshi.content.policies;

/** 时效性 of a policy text. */
public enum Validity {
    CURRENT("现行有效"),
    AMENDED("已修订"),
    REPEALED("已废止");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
