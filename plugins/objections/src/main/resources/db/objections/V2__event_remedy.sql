-- What an upholding step did to the listing (CORRECT, REVOKE or DELETE), so the history says so: a decision that
-- deletes the listing closes the request at once, and its event is the only trace of the deletion among the steps.
-- Null for other steps and for those recorded before this column.
ALTER TABLE objections_event ADD COLUMN remedy VARCHAR(20);
