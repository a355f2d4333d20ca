-- Responses to POST requests sent with an Idempotency-Key, kept for 24 hours so a retried request gets the first
-- answer again instead of a second effect. key_hash covers the caller, the method and path, and the key;
-- request_hash is the body's SHA-256, so reusing a key for a different body is detected.
CREATE TABLE IF NOT EXISTS cf_idempotency (
    key_hash      TEXT    PRIMARY KEY,
    request_hash  TEXT    NOT NULL,
    state         TEXT    NOT NULL,     -- pending | done
    status        INTEGER NULL,
    content_type  TEXT    NULL,
    location      TEXT    NULL,
    etag          TEXT    NULL,
    body          BLOB   NULL,
    created_at    TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_cf_idempotency_created ON cf_idempotency (created_at);
