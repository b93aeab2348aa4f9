-- The list of dishonest judgment debtors (失信被执行人名单). The public id is the URL key; (case_number, party_key) is
-- the natural key an import matches on: party_key is the identifier's keyed hash when the row had an identifier, else
-- 'name:' + name. The full identifier number is never stored: only identifier_shown (masked for persons) and that
-- key (HMAC, see docs/listings.md). Amounts are exact integer fen (分), so sums are exact in any database.
-- version counts the changes; listing_history holds one row per version.
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
    published_on         VARCHAR(10),
    rectification_state  VARCHAR(20),
    rectification_since  VARCHAR(10),
    decided_on           VARCHAR(10),
    expires_on           VARCHAR(10)  NOT NULL,
    status               VARCHAR(20)  NOT NULL
        CHECK (status IN ('PUBLISHED', 'CORRECTED', 'REVOKED', 'DELETED', 'EXPIRED')),
    deletion_ground      VARCHAR(40),
    source_batch         VARCHAR(200),
    created_at           VARCHAR(40)  NOT NULL,
    updated_at           VARCHAR(40)  NOT NULL,
    CONSTRAINT listing_natural_key UNIQUE (case_number, party_key)
);
-- Lookup by case number uses the natural key's index, whose first column it is; lookup by identifier goes through the
-- listing index, so no index on party_key alone, and the daily expiry walks the table in id order instead of keeping an
-- index on expires_on: every index is paid on each of a million imported rows (15 % of import time for that one).

-- The 政务失信 ledger reads only public-body rows; a partial covering index keeps it off the million private rows.
CREATE INDEX listing_ledger ON listing (province, debtor_kind, rectification_state, status, unperformed_fen)
    WHERE debtor_kind IN ('GOVERNMENT_BODY', 'PUBLIC_INSTITUTION', 'VILLAGE_COMMITTEE', 'STATE_OWNED_ENTERPRISE');

-- Append-only: one row per change of a listing, never updated or deleted by the application.
CREATE TABLE listing_history (
    listing_id     VARCHAR(40) NOT NULL REFERENCES listing (id),
    version        INTEGER     NOT NULL,
    changed_at     VARCHAR(40) NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    action         VARCHAR(20) NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20) NOT NULL,
    ground         VARCHAR(40),
    reason         TEXT,
    changed_fields TEXT,
    PRIMARY KEY (listing_id, version)
);
