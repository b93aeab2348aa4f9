package org.gongshi.content.uploads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.gongshi.content.store.StorageException;
import org.gongshi.content.store.Timestamps;

/** The {@code upload} table: one row per content hash and area, the first upload's name, time and uploader. */
final class UploadRows {
    private static final String COLUMNS =
            "area, sha256, media_type, size_bytes, display_name, uploaded_at, uploaded_by";

    private UploadRows() {}

    /** Inserts the row unless those bytes are already recorded in the area; the first upload's row stays. */
    static void insertIfAbsent(Connection transaction, StoredUpload upload) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO upload (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (area, sha256) DO NOTHING")) {
            insert.setString(1, upload.area());
            insert.setString(2, upload.sha256());
            insert.setString(3, upload.mediaType().mimeType());
            insert.setLong(4, upload.sizeBytes());
            insert.setString(5, upload.displayName());
            insert.setString(6, Timestamps.format(upload.uploadedAt()));
            insert.setString(7, upload.uploadedBy());
            insert.executeUpdate();
        }
    }

    static Optional<StoredUpload> find(Connection connection, String area, String sha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM upload WHERE area = ? AND sha256 = ?")) {
            query.setString(1, area);
            query.setString(2, sha256);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(upload(rows)) : Optional.empty();
            }
        }
    }

    private static StoredUpload upload(ResultSet row) throws SQLException {
        String sha256 = row.getString("sha256");
        String mimeType = row.getString("media_type");
        MediaType type = MediaType.ofMimeType(mimeType).orElseThrow(() -> new StorageException(
                "upload " + sha256 + " has an unknown media type " + mimeType));
        return new StoredUpload(row.getString("area"), sha256, type, row.getLong("size_bytes"),
                row.getString("display_name"), Timestamps.parse(row.getString("uploaded_at")),
                row.getString("uploaded_by"));
    }
}
