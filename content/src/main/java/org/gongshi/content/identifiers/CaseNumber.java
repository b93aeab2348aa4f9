package org.gongshi.content.identifiers;

import static java.util.Objects.requireNonNull;

/**
 * A 案号: （年度）法院代字 类型代字 编号 号, e.g. （2023）京0105执1234号, or the form used before 2016,
 * （2015）浦执字第1234号, kept as {@code legacy}. {@code serial} keeps the digits as written, leading zeros included,
 * since courts wrote 00123 and 123 as different numbers.
 */
public record CaseNumber(int year, String court, String type, String serial, boolean legacy) {
    public CaseNumber {
        requireNonNull(court, "court");
        requireNonNull(type, "type");
        requireNonNull(serial, "serial");
    }

    public static CaseNumber parse(String raw) {
        return CaseNumberParser.parse(raw);
    }

    /** The one form stored and looked up: full-width parentheses, ASCII digits, no spaces. */
    public String canonical() {
        return "（" + year + "）" + court + type + (legacy ? "字第" : "") + serial + "号";
    }
}
