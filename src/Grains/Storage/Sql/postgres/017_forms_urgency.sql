-- form-js forms deployed as versioned resources (docs/forms.md). A deploy adds version n+1 of a key; rows are never
-- changed or removed, so a task bound to a version always finds it. Not read model: rebuild-read-model keeps it.
-- deployed_at is fixed-width UTC text, so text order is time order (the "deployment" binding compares it).
CREATE TABLE IF NOT EXISTS cf_forms (
    form_key     TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    schema_json  TEXT    NOT NULL,
    checksum     TEXT    NOT NULL,
    deployed_by  TEXT    NOT NULL,
    deployed_at  TEXT    NOT NULL,
    PRIMARY KEY (form_key, version)
);
CREATE INDEX IF NOT EXISTS ix_cf_forms_deployed ON cf_forms (form_key, deployed_at);


-- The SLA urgency of each open task with a clock (DOMAIN.md §6.4), written by the task projection beside its
-- rm_tasks row, for sorting by how far a task has climbed its ladder. A table of its own rather than a column, so
-- the script stays safe to run twice on both databases. Read model: emptied and refilled by rebuild-read-model.
CREATE TABLE IF NOT EXISTS rm_task_sla (
    task_id      TEXT    PRIMARY KEY,
    instance_id  TEXT    NOT NULL,
    urgency      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_rm_task_sla_instance ON rm_task_sla (instance_id);
