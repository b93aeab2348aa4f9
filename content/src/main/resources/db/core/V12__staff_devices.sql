-- Browsers a staff member has fully signed in from (OWASP's device cookies): attempts from one are throttled on their
-- own, so strangers failing on the same account cannot lock its owner out. Only the SHA-256 of the token is stored.
CREATE TABLE staff_device (
    id_hash      VARCHAR(64) NOT NULL PRIMARY KEY,
    account_name VARCHAR(32) NOT NULL REFERENCES staff_account (name) ON DELETE CASCADE,
    created_at   VARCHAR(40) NOT NULL
);

CREATE INDEX staff_device_account ON staff_device (account_name, created_at);
