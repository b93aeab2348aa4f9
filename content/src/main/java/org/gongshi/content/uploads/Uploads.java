package org.gongshi.content.uploads;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import org.gongshi.content.store.Database;

/** The upload areas under one root directory (the data directory's {@code uploads/}), all recorded in one database. */
public final class Uploads {
    /** Images and attachments of articles: the one area the public site serves. */
    public static final String ARTICLES = "articles";

    private final Path root;
    private final Database database;
    private final Clock clock;

    public Uploads(Path root, Database database, Clock clock) {
        this.root = requireNonNull(root, "root");
        this.database = requireNonNull(database, "database");
        this.clock = requireNonNull(clock, "clock");
    }

    public UploadStore area(String name) {
        return new UploadStore(root, database, clock, name);
    }

    /** The public area of article images and attachments. */
    public UploadStore articles() {
        return area(ARTICLES);
    }
}
