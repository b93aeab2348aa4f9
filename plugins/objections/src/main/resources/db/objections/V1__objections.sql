-- Objections (异议) and credit repair requests (信用修复申请) against listings, their evidence, their history and the
-- mails waiting to be sent. Applicant data (name, ID number, phone, email) is personal data: staff screens only.

-- One row: the key the query codes are derived with (HMAC-SHA256 of the form's submission token), created at first
-- start. A leaked database without the submission tokens (which exist only in the applicants' browsers) yields no code.
CREATE TABLE objections_secret (
    id       INTEGER     PRIMARY KEY CHECK (id = 1),
    hmac_key VARCHAR(64) NOT NULL
);

CREATE TABLE objections_objection (
    tracking_number       VARCHAR(20)  PRIMARY KEY,
    kind                  VARCHAR(20)  NOT NULL CHECK (kind IN ('OBJECTION', 'CREDIT_REPAIR')),
    -- SHA-256 of the form's submission token: the same form sent twice finds the first objection
    submission_key        CHAR(64)     NOT NULL UNIQUE,
    -- SHA-256 of the query code; the code itself is never stored
    code_hash             CHAR(64)     NOT NULL,
    listing_id            VARCHAR(40)  NOT NULL,
    court                 VARCHAR(200) NOT NULL,
    case_number           VARCHAR(100) NOT NULL,
    listed_name           VARCHAR(200) NOT NULL,
    ground                VARCHAR(30),
    relationship          VARCHAR(30)  NOT NULL,
    applicant_name        VARCHAR(100) NOT NULL,
    applicant_identifier  VARCHAR(30)  NOT NULL,
    phone                 VARCHAR(30),
    email                 VARCHAR(254),
    reason                TEXT         NOT NULL,
    state                 VARCHAR(20)  NOT NULL,
    submitted_at          CHAR(27)     NOT NULL,
    submitted_on          CHAR(10)     NOT NULL,
    accepted_on           CHAR(10),
    review_due_on         CHAR(10),
    decided_on            CHAR(10),
    first_decided_on      CHAR(10),
    first_decision        VARCHAR(20),
    decision_reasons      TEXT,
    missing               TEXT,
    appealed_on           CHAR(10),
    due_on                CHAR(10),
    version               INTEGER      NOT NULL
);
CREATE INDEX objections_objection_due ON objections_objection (state, due_on);
CREATE INDEX objections_objection_listing ON objections_objection (listing_id, state);
CREATE INDEX objections_objection_submitted ON objections_objection (submitted_on);
CREATE INDEX objections_objection_decided ON objections_objection (first_decided_on);
CREATE INDEX objections_objection_court ON objections_objection (court, state);

-- The files an objection came with or was supplemented with, under the names the applicant gave them (the upload
-- table keeps one row per content, so the same bytes sent by two applicants are one file with two evidence rows).
CREATE TABLE objections_evidence (
    tracking_number VARCHAR(20)  NOT NULL REFERENCES objections_objection (tracking_number),
    position        INTEGER      NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    media_type      VARCHAR(40)  NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    added_at        CHAR(27)     NOT NULL,
    PRIMARY KEY (tracking_number, position)
);

-- Every step, with time and actor (a staff account, or 申请人): append-only.
CREATE TABLE objections_event (
    tracking_number VARCHAR(20)  NOT NULL REFERENCES objections_objection (tracking_number),
    sequence        INTEGER      NOT NULL,
    occurred_at     CHAR(27)     NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    action          VARCHAR(30)  NOT NULL,
    from_state      VARCHAR(20),
    to_state        VARCHAR(20)  NOT NULL,
    note            TEXT,
    PRIMARY KEY (tracking_number, sequence)
);
CREATE TRIGGER objections_event_no_update BEFORE UPDATE ON objections_event
BEGIN SELECT RAISE(ABORT, 'objections_event is append-only'); END;
CREATE TRIGGER objections_event_no_delete BEFORE DELETE ON objections_event
BEGIN SELECT RAISE(ABORT, 'objections_event is append-only'); END;

-- Notifications waiting for the mail job, written in the transaction of the step they announce; sent rows are
-- deleted, so applicants' addresses do not pile up here. Never holds a query code.
CREATE TABLE objections_mail (
    tracking_number VARCHAR(20)  NOT NULL,
    sequence        INTEGER      NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    body            TEXT         NOT NULL,
    created_at      CHAR(27)     NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    PRIMARY KEY (tracking_number, sequence)
);

-- The days a digest of overdue items was sent, so a restart never sends a second one the same day.
CREATE TABLE objections_digest (
    sent_on CHAR(10) PRIMARY KEY
);
