package org.gongshi.content.uploads;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.StorageException;
import org.gongshi.content.store.Timestamps;

/**
 * The uploaded files of one area ({@code articles}, or a plugin's own), kept apart from every other area's: stored
 * under {@code <root>/<area>/<first two hex digits>/<sha256>}, outside the web root, once per content, with a row in
 * the {@code upload} table. A file is on disk before its row is committed, and its row before anyone is told it was
 * received; a process that dies in between leaves at most an orphan file, which {@link #sweepOrphans} removes.
 */
public final class UploadStore {
    private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_AREA_LENGTH = 40;
    /** Files being received; two-letter fan-out directories cannot collide with it. */
    static final String INCOMING = "incoming";

    private final Path directory;
    private final Database database;
    private final Clock clock;
    private final String area;

    /** {@code area}: lowercase letters, digits and single hyphens, e.g. {@code articles}, {@code plugin-objections}. */
    public UploadStore(Path root, Database database, Clock clock, String area) {
        requireNonNull(root, "root");
        this.database = requireNonNull(database, "database");
        this.clock = requireNonNull(clock, "clock");
        this.area = requireNonNull(area, "area");
        if (area.length() > MAX_AREA_LENGTH || !AREA.matcher(area).matches()) {
            throw new IllegalArgumentException("an upload area is lowercase letters, digits and single hyphens, at"
                    + " most " + MAX_AREA_LENGTH + " long: " + area);
        }
        this.directory = root.toAbsolutePath().normalize().resolve(area);
    }

    public String area() {
        return area;
    }

    /** Stores and records in one go: {@link #storeFile}, then {@link #record} in a transaction of its own. */
    public StoredUpload store(InputStream content, String originalName, UploadPolicy policy, String uploadedBy) {
        requireNonNull(uploadedBy, "uploadedBy");
        StoredFile file = storeFile(content, originalName, policy);
        return database.inTransaction(transaction -> record(transaction, file, uploadedBy));
    }

    /**
     * Reads {@code content} (which the caller closes) into the area: refused with an {@link UploadRejectedException}
     * when {@code policy} does not allow it, having read at most one byte past its size limit; otherwise synced and
     * moved into place, so it survives a crash before this returns. {@code originalName} is only ever shown.
     */
    public StoredFile storeFile(InputStream content, String originalName, UploadPolicy policy) {
        requireNonNull(content, "content");
        requireNonNull(policy, "policy");
        try {
            IncomingFile.Received received = IncomingFile.receive(content, directory.resolve(INCOMING), policy);
            try {
                Path target = fileOf(received.sha256());
                DurableFiles.createDirectories(target.getParent());
                DurableFiles.moveIntoPlace(received.temporary(), target);
            } finally {
                Files.deleteIfExists(received.temporary());
            }
            return new StoredFile(area, received.sha256(), received.type(), received.sizeBytes(),
                    DisplayNames.of(originalName, received.type()));
        } catch (IOException e) {
            throw new StorageException("storing an upload in " + directory + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Records a stored file inside the caller's write transaction, e.g. with the objection it belongs to. Recording
     * the same bytes again keeps the first row and answers this upload as made now by {@code uploadedBy}.
     */
    public StoredUpload record(Connection transaction, StoredFile file, String uploadedBy) throws SQLException {
        requireNonNull(transaction, "transaction");
        requireNonNull(file, "file");
        requireNonNull(uploadedBy, "uploadedBy");
        if (!file.area().equals(area)) {
            throw new IllegalArgumentException("a file stored in " + file.area() + " cannot be recorded in " + area);
        }
        // Orphans are only swept inside a write transaction, so a file seen here stays until this one commits.
        if (!Files.isRegularFile(fileOf(file.sha256()))) {
            throw new StorageException("the file of upload " + file.sha256() + " is gone; store it again");
        }
        StoredUpload upload = new StoredUpload(area, file.sha256(), file.mediaType(), file.sizeBytes(),
                file.displayName(), Timestamps.truncate(clock.instant()), uploadedBy);
        UploadRows.insertIfAbsent(transaction, upload);
        return upload;
    }

    /** The recorded upload with this hash in this area; empty for any other text, so a request can pass it as is. */
    public Optional<StoredUpload> find(String sha256) {
        if (!ContentHashes.isSha256(sha256)) {
            return Optional.empty();
        }
        return database.read(connection -> UploadRows.find(connection, area, sha256));
    }

    /** The bytes of a recorded upload, for the caller to close; empty when {@link #find} finds none. */
    public Optional<InputStream> open(String sha256) {
        if (find(sha256).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(fileOf(sha256)));
        } catch (IOException e) {
            throw new StorageException("upload " + sha256 + " is recorded in " + area + " but its file cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Deletes files older than {@code olderThan} that no row records (their transaction never committed) and
     * abandoned partial files; answers how many went. Leave the caller's transactions ample time: a day, not minutes.
     */
    public int sweepOrphans(Duration olderThan) {
        requireNonNull(olderThan, "olderThan");
        return new OrphanSweep(directory, area, database).sweep(clock.instant().minus(olderThan));
    }

    private Path fileOf(String sha256) {
        return directory.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
