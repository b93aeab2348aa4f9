package org.gongshi.content.listings.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns a listing file may have, each under its zh-CN label (as in the national site's CSV exports), the national
 * site's JSON key and any other names staff files use. The last six are Gongshi's own and optional.
 */
enum ListingColumn {
    NAME("被执行人姓名/名称", "iname", "被执行人姓名", "被执行人名称", "被执行人"),
    SEX("性别", "sexy", "sexname"),
    AGE("年龄", "age"),
    IDENTIFIER("身份证号码/组织机构代码", "cardNum", "身份证号码", "组织机构代码", "证件号码", "统一社会信用代码"),
    LEGAL_REPRESENTATIVE("法定代表人或者负责人姓名", "businessEntity", "法定代表人"),
    COURT("执行法院", "courtName"),
    PROVINCE("省份", "areaName"),
    CASE_NUMBER("案号", "caseCode"),
    BASIS_NUMBER("执行依据文号", "gistId"),
    BASIS_ISSUER("做出执行依据单位", "gistUnit"),
    FILED_ON("立案时间", "regDate"),
    OBLIGATION("生效法律文书确定的义务", "duty"),
    PERFORMANCE("被执行人的履行情况", "performance"),
    PERFORMED_AMOUNT("已履行部分", "performedPart"),
    UNPERFORMED_AMOUNT("未履行部分", "unperformPart"),
    CONDUCT("失信被执行人行为具体情形", "disruptTypeName"),
    PUBLISHED_ON("发布时间", "publishDate"),
    KIND("被执行人类型", "debtorKind"),
    SUPERIOR_BODY("上级主管部门/出资人", "superiorBody", "上级主管部门", "出资人"),
    RECTIFICATION("整改状态", "rectification"),
    DECIDED_ON("列入决定日期", "decidedOn"),
    EXPIRES_ON("失信期限届满日期", "expiresOn", "期限届满日期", "到期日期"),
    TERM_YEARS("纳入期限", "termYears", "失信期限");

    private static final Map<String, ListingColumn> BY_NAME = new HashMap<>();

    static {
        for (ListingColumn column : values()) {
            for (String name : column.names) {
                BY_NAME.put(normalized(name), column);
            }
        }
    }

    private final String label;
    private final List<String> names;

    ListingColumn(String label, String... otherNames) {
        this.label = label;
        this.names = java.util.stream.Stream.concat(java.util.stream.Stream.of(label), java.util.Arrays.stream(otherNames))
                .toList();
    }

    /** The zh-CN label, which is also the header the generator writes. */
    String label() {
        return label;
    }

    /** The column a header cell names; case, spaces and full-width slashes do not matter. */
    static Optional<ListingColumn> named(String header) {
        return Optional.ofNullable(BY_NAME.get(normalized(header)));
    }

    private static String normalized(String name) {
        return name.replace("\uFEFF", "").replace('／', '/').replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }
}
