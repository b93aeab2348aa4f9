package org.gongshi.index.listings;

/**
 * A lookup in the list. At least a name, an identifier key or a case number is required, so no query can enumerate
 * the list; court and province only narrow. Blank values count as absent.
 *
 * <p>{@code name} matches names containing its letters and digits as a phrase, after NFKC, lower-casing and
 * Traditional→Simplified; punctuation, spaces and {@code * % ?} are ignored, never wildcards. 张伟 finds 张伟 and
 * 张伟明 but not 张小伟. Names equal to the query come first, then names merely containing it; within each, newest
 * first. {@code identifierKey} (the keyed hash of a canonical identifier) and {@code caseNumber} (canonical) match
 * exactly; {@code province} matches the whole name and {@code court} any part of it, spaces ignored.
 */
public record ListingQuery(
        String name, String identifierKey, String caseNumber, String court, String province, int page, int pageSize) {
    public static final int MAX_PAGE_SIZE = 50;
    public static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_NAME_LENGTH = 100;

    public ListingQuery {
        name = blankToNull(name);
        identifierKey = blankToNull(identifierKey);
        caseNumber = blankToNull(caseNumber);
        court = blankToNull(court);
        province = blankToNull(province);
        if (name == null && identifierKey == null && caseNumber == null) {
            throw new IllegalArgumentException("请输入被执行人姓名或名称、证件号码或案号");
        }
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("姓名或名称不能超过 " + MAX_NAME_LENGTH + " 个字");
        }
        if (name != null && NameCharacters.ofName(name).isEmpty()) {
            throw new IllegalArgumentException("姓名或名称中没有可查询的文字或数字");
        }
        if (page < 1) {
            throw new IllegalArgumentException("页码须从 1 开始");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("每页条数须在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
    }

    /** The first page, {@link #DEFAULT_PAGE_SIZE} rows, looking up a name. */
    public static ListingQuery byName(String name) {
        return new ListingQuery(name, null, null, null, null, 1, DEFAULT_PAGE_SIZE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
