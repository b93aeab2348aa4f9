-- Staff accounts, their roles, server-side sessions and the audit log.
-- Names are lowercase login names; roles are names the site knows (core ones plus those plugins declare).
CREATE TABLE staff_account (
    name                 VARCHAR(32)  NOT NULL PRIMARY KEY,
    password_hash        TEXT         NOT NULL,
    must_change_password SMALLINT     NOT NULL DEFAULT 0,
    disabled             SMALLINT     NOT NULL DEFAULT 0,
    totp_secret          TEXT,
    created_at           VARCHAR(40)  NOT NULL,
    updated_at           VARCHAR(40)  NOT NULL
);

CREATE TABLE staff_account_role (
    account_name VARCHAR(32) NOT NULL REFERENCES staff_account (name) ON DELETE CASCADE,
    role         VARCHAR(60) NOT NULL,
    PRIMARY KEY (account_name, role)
);

-- One-time recovery codes for the second factor, stored hashed; used_at set when spent.
CREATE TABLE staff_recovery_code (
    account_name VARCHAR(32) NOT NULL REFERENCES staff_account (name) ON DELETE CASCADE,
    code_hash    VARCHAR(64) NOT NULL,
    used_at      VARCHAR(40),
    PRIMARY KEY (account_name, code_hash)
);

-- The id the browser holds is never stored: only its SHA-256, so a copy of the database opens no session.
-- authenticated is 0 while the second factor is still owed.
CREATE TABLE staff_session (
    id_hash       VARCHAR(64) NOT NULL PRIMARY KEY,
    account_name  VARCHAR(32) NOT NULL REFERENCES staff_account (name) ON DELETE CASCADE,
    csrf_token    VARCHAR(64) NOT NULL,
    authenticated SMALLINT    NOT NULL,
    client        VARCHAR(64),
    created_at    VARCHAR(40) NOT NULL,
    last_seen_at  VARCHAR(40) NOT NULL
);
CREATE INDEX staff_session_account ON staff_session (account_name);

-- Append-only: who did what to which object, when and from where. Never the public's personal data.
CREATE TABLE audit_entry (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at    VARCHAR(40)  NOT NULL,
    actor          VARCHAR(60)  NOT NULL,
    action         VARCHAR(60)  NOT NULL,
    object_type    VARCHAR(40),
    object_id      VARCHAR(200),
    client         VARCHAR(64),
    detail         TEXT
);
CREATE INDEX audit_entry_actor ON audit_entry (actor, id);
CREATE INDEX audit_entry_action ON audit_entry (action, id);
CREATE INDEX audit_entry_object ON audit_entry (object_type, object_id, id);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
