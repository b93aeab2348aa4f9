package org.gongshi.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a site without a search engine does: every whitespace-separated term as a substring ({@code LIKE '%term%'}) of
 * the title or text, newest first. It reads the same database the site serves.
 */
final class SubstringBaseline implements AutoCloseable {
    private static final String DOCUMENTS = """
            SELECT url, text, day FROM (
              SELECT '/cases/' || slug AS url, title || ' ' || COALESCE(case_number, '') || ' ' || COALESCE(facts, '')
                || ' ' || COALESCE(enforcement, '') || ' ' || COALESCE(significance, '') AS text, case_date AS day
                FROM typical_case WHERE status = 'PUBLISHED'
              UNION ALL
              SELECT '/policies/' || slug, title || ' ' || COALESCE(document_number, '') || ' ' || COALESCE(body, ''),
                written_on FROM policy_text WHERE status = 'PUBLISHED'
              UNION ALL
              SELECT '/bulletins/' || slug, title || ' ' || COALESCE(body, ''), bulletin_date
                FROM bulletin WHERE status = 'PUBLISHED')
            """;

    private final Connection connection;

    SubstringBaseline(Path database) throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:sqlite:" + database);
    }

    List<String> search(String query, int limit) throws SQLException {
        String[] terms = query.strip().split("\\s+");
        StringBuilder sql = new StringBuilder(DOCUMENTS).append(" WHERE 1 = 1");
        for (int i = 0; i < terms.length; i++) {
            sql.append(" AND text LIKE ?");
        }
        sql.append(" ORDER BY day DESC LIMIT ?");
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < terms.length; i++) {
                statement.setString(i + 1, "%" + terms[i] + "%");
            }
            statement.setInt(terms.length + 1, limit);
            List<String> urls = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    urls.add(rows.getString(1));
                }
            }
            return urls;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
