package org.gongshi.content.editorial;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.Status;
import org.gongshi.content.store.Timestamps;

/** The SQL of content_revision: append one, list an item's newest first, read one with its snapshot. */
final class RevisionRows {
    private static final String SUMMARY = "SELECT slug, revision, saved_at, author, action, status, note";

    private final String type;

    RevisionRows(String type) {
        this.type = type;
    }

    void insert(Connection connection, RevisionSummary revision, String snapshot) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO content_revision (content_type, "
                + "slug, revision, saved_at, author, action, status, note, snapshot) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, type);
            insert.setString(2, revision.slug());
            insert.setInt(3, revision.number());
            insert.setString(4, Timestamps.format(revision.savedAt()));
            insert.setString(5, revision.author());
            insert.setString(6, revision.action().name());
            insert.setString(7, revision.status().name());
            insert.setString(8, revision.note());
            insert.setString(9, snapshot);
            insert.executeUpdate();
        }
    }

    List<RevisionSummary> newestFirst(Connection connection, String slug) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SUMMARY
                + " FROM content_revision WHERE content_type = ? AND slug = ? ORDER BY revision DESC")) {
            query.setString(1, type);
            query.setString(2, slug);
            List<RevisionSummary> revisions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    revisions.add(summary(rows));
                }
            }
            return revisions;
        }
    }

    Optional<StoredRevision> find(Connection connection, String slug, int number) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SUMMARY
                + ", snapshot FROM content_revision WHERE content_type = ? AND slug = ? AND revision = ?")) {
            query.setString(1, type);
            query.setString(2, slug);
            query.setInt(3, number);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(new StoredRevision(summary(rows), rows.getString("snapshot")))
                        : Optional.empty();
            }
        }
    }

    private static RevisionSummary summary(ResultSet rows) throws SQLException {
        return new RevisionSummary(rows.getString("slug"), rows.getInt("revision"),
                Timestamps.parse(rows.getString("saved_at")), rows.getString("author"),
                EditorialAction.valueOf(rows.getString("action")), Status.valueOf(rows.getString("status")),
                rows.getString("note"));
    }

    /** A revision with the JSON snapshot of the row it recorded. */
    record StoredRevision(RevisionSummary summary, String snapshot) {}
}
