-- Files uploaded in the back office and held for review before anyone publishes them: documents (cases, policies,
-- bulletins) and listing files. The file itself lies in the data directory's staging/ folder under the row's id; its
-- SHA-256 is checked again before it is published, so what is published is exactly what was reviewed. The row counts
-- are the dry run's (listing files only); outcome says what publishing did.
CREATE TABLE staged_import (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    kind           VARCHAR(20)  NOT NULL CHECK (kind IN ('DOCUMENT', 'LISTINGS')),
    state          VARCHAR(20)  NOT NULL CHECK (state IN ('STAGED', 'PUBLISHED', 'DISCARDED')),
    file_name      VARCHAR(200) NOT NULL,
    file_hash      VARCHAR(64)  NOT NULL,
    file_size      BIGINT       NOT NULL,
    title          TEXT,
    staged_by      VARCHAR(60)  NOT NULL,
    staged_at      VARCHAR(40)  NOT NULL,
    row_count      BIGINT,
    valid_count    BIGINT,
    rejected_count BIGINT,
    warning_count  BIGINT,
    decided_by     VARCHAR(60),
    decided_at     VARCHAR(40),
    outcome        TEXT
);
CREATE INDEX staged_import_state ON staged_import (state, id);

-- The first problems a dry run found, in line order; the full counts are on staged_import.
CREATE TABLE staged_import_problem (
    import_id INTEGER     NOT NULL REFERENCES staged_import (id),
    position  INTEGER     NOT NULL,
    line      BIGINT      NOT NULL,
    severity  VARCHAR(10) NOT NULL CHECK (severity IN ('REJECTED', 'WARNING')),
    reason    TEXT        NOT NULL,
    PRIMARY KEY (import_id, position)
);
