-- The three kinds of content. The slug is the key: it is the URL and the outbox id, and a natural key needs no
-- dialect-specific identity column. Dates are ISO-8601 text (yyyy-MM-dd), instants fixed-width ISO-8601 UTC text,
-- lists JSON text; status is DRAFT or PUBLISHED.
CREATE TABLE typical_case (
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
    status       VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    created_at   VARCHAR(40)  NOT NULL,
    updated_at   VARCHAR(40)  NOT NULL
);
CREATE INDEX typical_case_published ON typical_case (status, case_date);

CREATE TABLE policy_text (
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
    status          VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    created_at      VARCHAR(40)  NOT NULL,
    updated_at      VARCHAR(40)  NOT NULL
);
CREATE INDEX policy_text_published ON policy_text (status, written_on);

CREATE TABLE bulletin (
    slug          VARCHAR(100) NOT NULL PRIMARY KEY,
    title         TEXT         NOT NULL,
    issuing_unit  TEXT,
    period        TEXT,
    bulletin_date VARCHAR(10),
    body          TEXT,
    statistics    TEXT,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    created_at    VARCHAR(40)  NOT NULL,
    updated_at    VARCHAR(40)  NOT NULL
);
CREATE INDEX bulletin_published ON bulletin (status, bulletin_date);
