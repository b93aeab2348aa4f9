package org.gongshi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * Valid, distinct objection forms for the harness: made-up applicants with well-formed ID numbers, phones and
 * reasons, about listings of the demo data. Number {@code n} always gives the same form.
 */
final class Filings {
    private static final String[] GROUNDS = {"NOT_LISTABLE", "INACCURATE", "SHOULD_BE_DELETED", "DELAYED_REMOVAL",
        "CREDIT_DISPUTE"};
    private static final String[] RELATIONSHIPS = {"SELF", "LEGAL_REPRESENTATIVE", "AGENT", "RELATIVE", "OTHER"};
    private static final String SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_SYMBOLS = "10X98765432";

    private Filings() {}

    /** The fields of form {@code n} about {@code listingId}, as the form names them. */
    static Map<String, String> fields(String listingId, long n) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("listing", listingId);
        fields.put("ground", GROUNDS[(int) (n % GROUNDS.length)]);
        fields.put("name", SURNAMES.charAt((int) (n % SURNAMES.length())) + ""
                + GIVEN.charAt((int) (n / SURNAMES.length() % GIVEN.length()))
                + GIVEN.charAt((int) (n % GIVEN.length())));
        fields.put("identifier", residentId(n));
        fields.put("relationship", RELATIONSHIPS[(int) (n / GROUNDS.length % RELATIONSHIPS.length)]);
        fields.put("phone", String.format(java.util.Locale.ROOT, "139%08d", n % 100_000_000));
        if (n % 3 == 0) {
            fields.put("email", "applicant" + n + "@example.cn");
        }
        fields.put("reason", "第 " + n + " 号：本人已于2025年6月全部履行生效法律文书确定的义务，附银行回单，请予核实并删除失信信息。");
        fields.put("declaration", "yes");
        return fields;
    }

    /** A GB 11643 number: 北京市朝阳区, a birth date from {@code n}, a sequence, and its MOD 11-2 check symbol. */
    static String residentId(long n) {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n % 15_000);
        String seventeen = "110105" + born.toString().replace("-", "")
                + String.format(java.util.Locale.ROOT, "%03d", n / 15_000 % 1000);
        int sum = 0;
        for (int index = 0; index < 17; index++) {
            sum += (seventeen.charAt(index) - '0') * WEIGHTS[index];
        }
        return seventeen + CHECK_SYMBOLS.charAt(sum % 11);
    }

    /** Up to {@code limit} public listings of the site's database, read as another process reads it. */
    static List<String> publicListings(java.nio.file.Path database, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = readOnly(database);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT id FROM listing WHERE status IN ('PUBLISHED', 'CORRECTED') ORDER BY id LIMIT ?")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no public listing in " + database + ": start the site with --demo first");
        }
        return ids;
    }

    /** A read-only connection beside the running site (WAL lets it read while the site writes). */
    static Connection readOnly(java.nio.file.Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath(), config.toProperties());
    }
}
