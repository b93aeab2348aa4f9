-- Art. 2 of the SPC's 2017 provisions gives a fixed term (two years) only to Art. 1 items (2)-(6); a listing under
-- item (1), or whose circumstance cannot be recognised, has none: expires_on becomes nullable. listing_grounds holds
-- the recognised items (e.g. '2,4'), null when the circumstance is not recognised, for the staff's list.
-- SQLite cannot drop a NOT NULL constraint, so the table is rebuilt: copied aside, dropped, created anew and filled
-- again. listing_history's references are deferred meanwhile, and hold again once the rows are back.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE listing_before_terms AS SELECT * FROM listing;

DROP INDEX listing_ledger;
DROP TABLE listing;

CREATE TABLE listing (
    id                   VARCHAR(40)  NOT NULL PRIMARY KEY,
    version              INTEGER      NOT NULL,
    case_number          VARCHAR(100) NOT NULL,
    party_key            VARCHAR(300) NOT NULL,
    debtor_kind          VARCHAR(30)  NOT NULL,
    debtor_name          TEXT         NOT NULL,
    debtor_sex           VARCHAR(10),
    debtor_age           INTEGER,
    identifier_shown     VARCHAR(40),
    legal_representative TEXT,
    superior_body        TEXT,
    court                TEXT,
    province             VARCHAR(40),
    basis_number         TEXT,
    basis_issuer         TEXT,
    filed_on             VARCHAR(10),
    obligation           TEXT,
    performance          TEXT,
    performed_fen        BIGINT,
    unperformed_fen      BIGINT,
    conduct              TEXT,
    listing_grounds      VARCHAR(20),
    published_on         VARCHAR(10),
    rectification_state  VARCHAR(20),
    rectification_since  VARCHAR(10),
    decided_on           VARCHAR(10),
    expires_on           VARCHAR(10),
    status               VARCHAR(20)  NOT NULL
        CHECK (status IN ('PUBLISHED', 'CORRECTED', 'REVOKED', 'DELETED', 'EXPIRED')),
    deletion_ground      VARCHAR(40),
    source_batch         VARCHAR(200),
    created_at           VARCHAR(40)  NOT NULL,
    updated_at           VARCHAR(40)  NOT NULL,
    created_in           INTEGER REFERENCES listing_creation (id),
    CONSTRAINT listing_natural_key UNIQUE (case_number, party_key)
);

INSERT INTO listing (id, version, case_number, party_key, debtor_kind, debtor_name, debtor_sex, debtor_age,
        identifier_shown, legal_representative, superior_body, court, province, basis_number, basis_issuer, filed_on,
        obligation, performance, performed_fen, unperformed_fen, conduct, published_on, rectification_state,
        rectification_since, decided_on, expires_on, status, deletion_ground, source_batch, created_at, updated_at,
        created_in)
    SELECT id, version, case_number, party_key, debtor_kind, debtor_name, debtor_sex, debtor_age, identifier_shown,
        legal_representative, superior_body, court, province, basis_number, basis_issuer, filed_on, obligation,
        performance, performed_fen, unperformed_fen, conduct, published_on, rectification_state, rectification_since,
        decided_on, expires_on, status, deletion_ground, source_batch, created_at, updated_at, created_in
    FROM listing_before_terms;

DROP TABLE listing_before_terms;

CREATE INDEX listing_ledger ON listing (province, debtor_kind, rectification_state, status, unperformed_fen)
    WHERE debtor_kind IN ('GOVERNMENT_BODY', 'PUBLIC_INSTITUTION', 'VILLAGE_COMMITTEE', 'STATE_OWNED_ENTERPRISE');

-- The staff's list of listings whose circumstance is not recognised: few rows, so a small partial index.
CREATE INDEX listing_unrecognised ON listing (created_at, id) WHERE listing_grounds IS NULL;

-- Repairs of data that a migration's SQL cannot make (they need the application's rules), each run once, at the
-- first start after its migration, by the process that opens the database first.
CREATE TABLE data_repair (
    name    VARCHAR(100) NOT NULL PRIMARY KEY,
    done_at VARCHAR(40)  NOT NULL,
    detail  TEXT
);
