package org.gongshi.content.listings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The 政务失信 ledger query; its WHERE repeats the partial index's so the database reads only that index. */
final class Ledger {
    private Ledger() {}

    static List<LedgerRow> rows(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT province, debtor_kind, "
                + "rectification_state, COUNT(*), SUM(unperformed_fen) FROM listing "
                + "WHERE" + PublicBodyListings.WHERE
                + " GROUP BY province, debtor_kind, rectification_state "
                + "ORDER BY province, debtor_kind, rectification_state");
                ResultSet rows = query.executeQuery()) {
            List<LedgerRow> ledger = new ArrayList<>();
            while (rows.next()) {
                String state = rows.getString(3);
                ledger.add(new LedgerRow(rows.getString(1), DebtorKind.valueOf(rows.getString(2)),
                        state == null ? null : Rectification.State.valueOf(state), rows.getLong(4),
                        Amounts.toYuan(rows.getLong(5))));
            }
            return ledger;
        }
    }
}
