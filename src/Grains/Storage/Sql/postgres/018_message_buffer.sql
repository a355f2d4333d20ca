-- Messages held for an instance that does not wait for them yet (BPMN.md R55, opt-in): only names on the configured
-- allow-list, published with a time-to-live. A row is never deleted by correlation: it moves from waiting to claimed
-- (an instance took it, so no other node can) to delivered, or from waiting to dropped when it expired unclaimed, and
-- the row is the record of that drop. message_id is the sender's id, so the same message published again finds the
-- first row instead of buffering a second copy (R57). The sender's jurisdiction scope travels with the message: the
-- instance that takes it must lie inside it, as a direct delivery would. Not read model: a rebuild leaves it alone.
-- Times are fixed-width UTC text, as in every other CaseFlow table.
CREATE TABLE IF NOT EXISTS cf_buffered_messages (
    seq               BIGSERIAL PRIMARY KEY,               -- publish order
    buffer_id         TEXT    NOT NULL UNIQUE,
    message_id        TEXT    NULL UNIQUE,
    message_name      TEXT    NOT NULL,
    business_key      TEXT    NOT NULL,
    correlation_json  TEXT    NULL,
    variables_json    TEXT    NULL,
    scope_json        TEXT    NOT NULL,
    published_by      TEXT    NOT NULL,
    published_at      TEXT    NOT NULL,
    expires_at        TEXT    NOT NULL,
    state             TEXT    NOT NULL,                   -- waiting | claimed | delivered | dropped
    instance_id       TEXT    NULL,                       -- the instance that claimed it
    claimed_at        TEXT    NULL,
    closed_at         TEXT    NULL                        -- when it was delivered or dropped
);
CREATE INDEX IF NOT EXISTS ix_cf_buffered_messages_waiting ON cf_buffered_messages (message_name, business_key, state, seq);
CREATE INDEX IF NOT EXISTS ix_cf_buffered_messages_expiry ON cf_buffered_messages (state, expires_at);
