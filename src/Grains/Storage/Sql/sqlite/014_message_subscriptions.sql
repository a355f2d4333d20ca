-- Open message subscriptions across instances (BPMN.md R52, R53): one row per waiting receive task, message catch,
-- message boundary or event-gateway message target, projected from caseflow.process-instance snapshots by the
-- message subscription projection (emptied and refilled by rebuild-read-model). Correlation looks candidates up by
-- message name and business key; the jurisdiction lets the caller check role x jurisdiction before delivering.
CREATE TABLE IF NOT EXISTS rm_message_subscriptions (
    subscription_id      TEXT    NOT NULL,
    instance_id          TEXT    NOT NULL,
    element_id           TEXT    NOT NULL,
    element_instance_id  TEXT    NOT NULL,
    message_name         TEXT    NOT NULL,
    business_key         TEXT    NULL,
    process_key          TEXT    NOT NULL,
    process_version      INTEGER NOT NULL,
    jurisdiction_code    TEXT    NULL,
    PRIMARY KEY (instance_id, subscription_id)
);
CREATE INDEX IF NOT EXISTS ix_rm_message_subscriptions_name ON rm_message_subscriptions (message_name, business_key);
