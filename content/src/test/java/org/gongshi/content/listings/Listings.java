package org.gongshi.content.listings;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Listings for tests: a natural person and a public body, varied by a number so each is its own listing; listed for
 * violating the property-report rules (Art. 1 item (4)), so with the two-year term.
 */
final class Listings {
    static final LocalDate DECIDED = LocalDate.of(2025, 3, 10);

    private Listings() {}

    static Listing person(int number, String identifierKey) {
        return new Listing(null,
                new Debtor(DebtorKind.NATURAL_PERSON, "张某" + number, "男", 45, "1101011980****123" + (number % 10),
                        identifierKey, null, null),
                enforcement("（2025）京0101执" + number + "号", "北京", new BigDecimal("12345.67")),
                DECIDED.plusDays(2), null, DECIDED, null, null, "batch-1", null, null);
    }

    static Listing publicBody(int number, String province, DebtorKind kind, Rectification.State state,
            String unperformed) {
        return new Listing(null,
                new Debtor(kind, "某县人民政府" + number, null, null, "11330000MB" + String.format("%08d", number),
                        "key-of-body-" + number, "李某", "某市人民政府"),
                enforcement("（2025）浙0102执" + number + "号", province, new BigDecimal(unperformed)),
                DECIDED, state == null ? null : new Rectification(state, DECIDED.plusMonths(1)), DECIDED, null, null,
                "batch-1", null, null);
    }

    /** A person listed on {@code conduct}, decided on {@code decidedOn}, with the term {@code expiresOn} (or none). */
    static Listing withConduct(String conduct, LocalDate decidedOn, LocalDate expiresOn) {
        Listing person = person(900, "key-900");
        Enforcement enforcement = person.enforcement();
        return new Listing(null, person.debtor(), new Enforcement(enforcement.court(), enforcement.province(),
                enforcement.caseNumber(), enforcement.basisNumber(), enforcement.basisIssuer(), enforcement.filedOn(),
                enforcement.obligation(), enforcement.performance(), enforcement.performedAmount(),
                enforcement.unperformedAmount(), conduct), decidedOn, null, decidedOn, expiresOn, null, "batch-1",
                null, null);
    }

    static Enforcement enforcement(String caseNumber, String province, BigDecimal unperformed) {
        return new Enforcement(province + "市第一中级人民法院", province, caseNumber, "（2024）民初12号",
                province + "市人民法院", LocalDate.of(2024, 11, 2), "支付货款及利息", "全部未履行",
                new BigDecimal("0.00"), unperformed, "违反财产报告制度");
    }
}
