-- Every content change writes a row here in the same transaction (see Outbox).
-- seq is the replay order; indexers keep the last applied seq in their own commit data.
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_type    VARCHAR(40)  NOT NULL,
    doc_id      VARCHAR(200) NOT NULL,
    recorded_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
