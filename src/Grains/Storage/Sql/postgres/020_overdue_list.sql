-- The director's overdue list (DOMAIN.md §6.4): open tasks whose SLA ladder sent its last reminder and that are
-- still not done. Written by the task projection beside the task's rm_tasks row; listed_at is when the last reminder
-- fired (fixed-width UTC text). A table of its own, like rm_task_sla, so the script stays safe to run twice.
-- Read model: emptied and refilled by rebuild-read-model.
CREATE TABLE IF NOT EXISTS rm_task_overdue (
    task_id      TEXT    PRIMARY KEY,
    instance_id  TEXT    NOT NULL,
    listed_at    TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_rm_task_overdue_instance ON rm_task_overdue (instance_id);

-- The history of an instance names who each entry notified, read by instance.
CREATE INDEX IF NOT EXISTS ix_nt_notifications_instance ON nt_notifications (instance_id);
