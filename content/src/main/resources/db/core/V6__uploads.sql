-- Uploaded files, one row per content and area; the bytes live in DATA/uploads/<area>/<hh>/<sha256>, written and
-- synced before this row commits. Content addressing keeps a file once however often it is sent, so the row holds
-- the first upload's name, time and uploader; a feature that needs a name per use keeps it in its own table next to
-- (area, sha256). Areas keep public article files apart from private ones such as a plugin's evidence.
CREATE TABLE upload (
    area         VARCHAR(40)  NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    media_type   VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL CHECK (size_bytes > 0),
    display_name TEXT         NOT NULL,
    uploaded_at  VARCHAR(40)  NOT NULL,
    uploaded_by  TEXT         NOT NULL,
    PRIMARY KEY (area, sha256)
);
