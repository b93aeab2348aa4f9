-- One outbox row may stand for a range of documents: every document of doc_type whose id sorts from doc_id to
-- last_doc_id. An import batch records its new listings (whose ids sort by creation time) as one such row instead of
-- one row per listing; last_doc_id is null for a row about one document.
ALTER TABLE outbox ADD COLUMN last_doc_id VARCHAR(200);

-- History version 1 of imported listings, written once per import batch instead of once per listing: a listing whose
-- created_in names a row here was created at its created_at, by its actor, with its to_status and reason. Append-only
-- like listing_history, which keeps every later version (and version 1 of listings created before this migration).
CREATE TABLE listing_creation (
    id         INTEGER      NOT NULL PRIMARY KEY,
    created_at VARCHAR(40)  NOT NULL,
    actor      VARCHAR(100) NOT NULL,
    to_status  VARCHAR(20)  NOT NULL,
    reason     TEXT
);
ALTER TABLE listing ADD COLUMN created_in INTEGER REFERENCES listing_creation (id);
