-- The second factor (TOTP, RFC 6238). A secret offered on the set-up page waits in totp_pending_secret until a code
-- made from it is confirmed, then moves to totp_secret. totp_last_step is the last 30-second step whose code was
-- accepted: a code is never accepted twice, nor one older than the last.
ALTER TABLE staff_account ADD COLUMN totp_pending_secret TEXT;
ALTER TABLE staff_account ADD COLUMN totp_last_step BIGINT;
