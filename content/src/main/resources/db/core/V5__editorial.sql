-- The editorial workflow: five statuses, a publication time, and every save kept as a revision.
--
-- A CHECK cannot be altered in SQLite, so each content table is rebuilt: create the new shape, copy the rows, drop
-- the old table, rename the new one and create its index again. Plain SQL that PostgreSQL runs as well.
-- publish_at is fixed-width ISO-8601 UTC text (see Timestamps): when a SCHEDULED item goes live, or when a
-- published or archived one went live; null for drafts, items in review and imported items.

CREATE TABLE typical_case_v5 (
    slug         VARCHAR(100) NOT NULL PRIMARY KEY,
    title        TEXT         NOT NULL,
    court        TEXT,
    case_number  TEXT,
    region       TEXT,
    case_date    VARCHAR(10),
    category     TEXT,
    facts        TEXT,
    enforcement  TEXT,
    significance TEXT,
    tags         TEXT         NOT NULL,
    featured     SMALLINT     NOT NULL DEFAULT 0,
    status       VARCHAR(20)  NOT NULL
        CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    publish_at   VARCHAR(40),
    created_at   VARCHAR(40)  NOT NULL,
    updated_at   VARCHAR(40)  NOT NULL
);
INSERT INTO typical_case_v5 (slug, title, court, case_number, region, case_date, category, facts, enforcement,
        significance, tags, featured, status, publish_at, created_at, updated_at)
    SELECT slug, title, court, case_number, region, case_date, category, facts, enforcement, significance, tags,
           featured, status, NULL, created_at, updated_at
    FROM typical_case;
DROP TABLE typical_case;
ALTER TABLE typical_case_v5 RENAME TO typical_case;
CREATE INDEX typical_case_published ON typical_case (status, case_date);

CREATE TABLE policy_text_v5 (
    slug            VARCHAR(100) NOT NULL PRIMARY KEY,
    title           TEXT         NOT NULL,
    issuer          TEXT,
    document_number TEXT,
    written_on      VARCHAR(10),
    effective_on    VARCHAR(10),
    validity        VARCHAR(20),
    superseded_by   VARCHAR(100),
    interpretations TEXT         NOT NULL,
    body            TEXT,
    status          VARCHAR(20)  NOT NULL
        CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    publish_at      VARCHAR(40),
    created_at      VARCHAR(40)  NOT NULL,
    updated_at      VARCHAR(40)  NOT NULL
);
INSERT INTO policy_text_v5 (slug, title, issuer, document_number, written_on, effective_on, validity, superseded_by,
        interpretations, body, status, publish_at, created_at, updated_at)
    SELECT slug, title, issuer, document_number, written_on, effective_on, validity, superseded_by, interpretations,
           body, status, NULL, created_at, updated_at
    FROM policy_text;
DROP TABLE policy_text;
ALTER TABLE policy_text_v5 RENAME TO policy_text;
CREATE INDEX policy_text_published ON policy_text (status, written_on);

CREATE TABLE bulletin_v5 (
    slug          VARCHAR(100) NOT NULL PRIMARY KEY,
    title         TEXT         NOT NULL,
    issuing_unit  TEXT,
    period        TEXT,
    bulletin_date VARCHAR(10),
    body          TEXT,
    statistics    TEXT,
    status        VARCHAR(20)  NOT NULL
        CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    publish_at    VARCHAR(40),
    created_at    VARCHAR(40)  NOT NULL,
    updated_at    VARCHAR(40)  NOT NULL
);
INSERT INTO bulletin_v5 (slug, title, issuing_unit, period, bulletin_date, body, statistics, status, publish_at,
        created_at, updated_at)
    SELECT slug, title, issuing_unit, period, bulletin_date, body, statistics, status, NULL, created_at, updated_at
    FROM bulletin;
DROP TABLE bulletin;
ALTER TABLE bulletin_v5 RENAME TO bulletin;
CREATE INDEX bulletin_published ON bulletin (status, bulletin_date);

-- Append-only: one row per save or status change of a case, policy or bulletin, numbered 1, 2, 3 … per item.
-- content_type is the item's outbox type; snapshot is the whole row as a JSON object (column name → value, JSON
-- columns nested), so any revision can be shown, compared or restored. The primary key is also the index for "the
-- revisions of one item, newest first" (read backwards). Scheduled items are found through the status indexes above:
-- few items are ever SCHEDULED at once.
CREATE TABLE content_revision (
    content_type VARCHAR(20)  NOT NULL CHECK (content_type IN ('case', 'policy', 'bulletin')),
    slug         VARCHAR(100) NOT NULL,
    revision     INTEGER      NOT NULL,
    saved_at     VARCHAR(40)  NOT NULL,
    author       VARCHAR(100) NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL
        CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED')),
    note         TEXT,
    snapshot     TEXT         NOT NULL,
    PRIMARY KEY (content_type, slug, revision)
);
