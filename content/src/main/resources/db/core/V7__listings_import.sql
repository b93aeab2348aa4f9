-- One outbox row may stand for a range of documents: every document of doc_type whose id sorts from doc_id to
-- last_doc_id. An import batch records its new listings (whose ids sort by creation time) as one such row instead of
-- one row per listing; last_doc_id is null for a row about one document.
ALTER TABLE outbox ADD COLUMN last_doc_id VARCHAR(200);
