-- Grain state and reminders for CaseFlow's own Orleans providers on SQLite (single-node mode).
-- Times are fixed-width UTC text (yyyy-MM-ddTHH:mm:ss.fffffffZ), like every other SQLite table here.

-- One row per (service, state name, grain key). version is the ETag; a clear keeps the row with a NULL payload
-- and a raised version, so versions never restart and the projector's per-stream checkpoint stays valid.
CREATE TABLE IF NOT EXISTS cf_grain_state (
    service_id   TEXT    NOT NULL,
    state_name   TEXT    NOT NULL,
    grain_key    TEXT    NOT NULL,      -- GrainId.Key as text
    grain_id     TEXT    NOT NULL,      -- full type/key, for people reading the table
    version      INTEGER NOT NULL,
    payload      BLOB    NULL,          -- the serializer's bytes (UTF-8 JSON); NULL after a clear
    modified_at  TEXT    NOT NULL,
    PRIMARY KEY (service_id, state_name, grain_key)
);

-- grain_hash is GrainId.GetUniformHashCode() stored unsigned (0 .. 2^32-1), so ring ranges compare directly.
CREATE TABLE IF NOT EXISTS cf_reminders (
    service_id    TEXT    NOT NULL,
    grain_id      TEXT    NOT NULL,
    reminder_name TEXT    NOT NULL,
    start_time    TEXT    NOT NULL,
    period_ms     INTEGER NOT NULL,
    grain_hash    INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);
CREATE INDEX IF NOT EXISTS ix_cf_reminders_hash ON cf_reminders (service_id, grain_hash);
