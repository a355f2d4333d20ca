-- Notifications: each user's inbox, the per-instance progress of the notification producer, the webhook
-- subscriptions admins configure, and the outbox the webhook dispatcher drains.
-- Inbox rows are user state (read flags), not a disposable read model: a read-model rebuild leaves them alone, and
-- (source, kind, recipient) makes a second production of the same history entry a no-op.
-- Times are fixed-width UTC text, as in every other CaseFlow table.

CREATE TABLE IF NOT EXISTS nt_notifications (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,  -- also the Server-Sent Events id
    recipient         TEXT    NOT NULL,                   -- the user's login
    kind              TEXT    NOT NULL,                   -- taskAvailable, taskAssigned, taskOverdue, incidentRaised, ...
    title             TEXT    NOT NULL,                   -- names tasks and processes only; never personal data
    source            TEXT    NOT NULL,                   -- what produced it: <instance id>#<history sequence>
    instance_id       TEXT    NULL,
    process_key       TEXT    NULL,
    process_name      TEXT    NULL,
    task_id           TEXT    NULL,
    task_name         TEXT    NULL,
    jurisdiction_code TEXT    NULL,
    occurred_at       TEXT    NOT NULL,                   -- when the history entry happened
    created_at        TEXT    NOT NULL,                   -- when the notification was written
    read_at           TEXT    NULL,
    UNIQUE (source, kind, recipient)
);
CREATE INDEX IF NOT EXISTS ix_nt_notifications_inbox ON nt_notifications (recipient, id);

-- The highest history sequence of each instance already turned into notifications.
CREATE TABLE IF NOT EXISTS nt_source_progress (
    instance_id    TEXT    PRIMARY KEY,
    last_sequence  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS nt_webhooks (
    id           TEXT    PRIMARY KEY,
    url          TEXT    NOT NULL,
    secret       TEXT    NOT NULL,   -- HMAC key; never returned by the API nor logged
    kinds        TEXT    NOT NULL,   -- comma-separated notification kinds, or *
    description  TEXT    NULL,
    active       INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT    NOT NULL,
    created_by   TEXT    NOT NULL
);

-- One row per event and subscription, inserted in the transaction that writes the notifications.
CREATE TABLE IF NOT EXISTS nt_webhook_outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    webhook_id       TEXT    NOT NULL REFERENCES nt_webhooks(id),
    event_id         TEXT    NOT NULL,   -- stable per event; receivers deduplicate on it
    kind             TEXT    NOT NULL,
    payload          TEXT    NOT NULL,   -- the exact JSON body that is signed and sent
    status           TEXT    NOT NULL,   -- pending, delivered, failed, cancelled
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT    NOT NULL,   -- also the lease of a delivery in flight
    last_attempt_at  TEXT    NULL,
    last_status_code INTEGER NULL,
    last_error       TEXT    NULL,
    delivered_at     TEXT    NULL,
    created_at       TEXT    NOT NULL,
    UNIQUE (webhook_id, event_id)
);
CREATE INDEX IF NOT EXISTS ix_nt_webhook_outbox_due ON nt_webhook_outbox (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS ix_nt_webhook_outbox_webhook ON nt_webhook_outbox (webhook_id, id);
