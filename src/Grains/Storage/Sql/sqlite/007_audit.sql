-- The audit log: one row per API request made by a signed-in user, reads included. Rows are only ever
-- inserted; no code path updates or deletes them. Route ids are internal ids (never ID numbers).
CREATE TABLE IF NOT EXISTS cf_audit (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at  TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    roles        TEXT    NOT NULL,
    method       TEXT    NOT NULL,
    route        TEXT    NOT NULL,
    target_id    TEXT    NULL,
    status       INTEGER NOT NULL,
    reason       TEXT    NULL,
    trace_id     TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_cf_audit_actor ON cf_audit (actor, occurred_at);
CREATE INDEX IF NOT EXISTS ix_cf_audit_target ON cf_audit (target_id, occurred_at);
