package org.gongshi.plugin.objections;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import org.gongshi.plugin.PluginDatabase;

/** The plugin's HMAC key for query codes: read from its table, created from SecureRandom at the first start. */
final class Secret {
    private Secret() {}

    static byte[] load(PluginDatabase database, SecureRandom random) {
        String hex = database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT hmac_key FROM objections_secret WHERE id = 1");
                    ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return rows.getString(1);
                }
            }
            byte[] key = new byte[32];
            random.nextBytes(key);
            String created = HexFormat.of().formatHex(key);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO objections_secret (id, hmac_key) VALUES (1, ?)")) {
                insert.setString(1, created);
                insert.executeUpdate();
            }
            return created;
        });
        return HexFormat.of().parseHex(hex);
    }
}
