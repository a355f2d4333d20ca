-- One row per message id that reached an instance directly through POST /api/messages (BPMN.md R57): a repeat of the
-- same id within the retention window answers the first delivery again instead of correlating anew, even after that
-- instance stopped waiting. Buffered messages keep their id in cf_buffered_messages; message starts derive their
-- instance id from it. Rows older than the window are deleted as new ones are written. Not read model.
CREATE TABLE IF NOT EXISTS cf_message_receipts (
    message_id   TEXT NOT NULL PRIMARY KEY,
    instance_id  TEXT NOT NULL,
    delivered_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_cf_message_receipts_age ON cf_message_receipts (delivered_at);
