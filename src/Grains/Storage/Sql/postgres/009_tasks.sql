-- The caseworker worklist: one row per open user task, projected from caseflow.process-instance snapshots by the
-- task projection (emptied and refilled by rebuild-read-model). Times are fixed-width UTC text, so text order is
-- time order. Candidate lists are stored as ",a,b," so one LIKE '%,name,%' finds a member exactly.
CREATE TABLE IF NOT EXISTS rm_tasks (
    task_id            TEXT    PRIMARY KEY,
    instance_id        TEXT    NOT NULL,
    element_id         TEXT    NOT NULL,
    name               TEXT    NULL,
    process_key        TEXT    NOT NULL,
    process_version    INTEGER NOT NULL,
    assignee           TEXT    NULL,
    owner              TEXT    NULL,
    delegation         TEXT    NULL,
    candidate_users    TEXT    NOT NULL,
    candidate_groups   TEXT    NOT NULL,
    jurisdiction_code  TEXT    NULL,
    person_id          TEXT    NULL,
    petition_id        TEXT    NULL,
    business_key       TEXT    NULL,
    priority           INTEGER NOT NULL,
    created_at         TEXT    NOT NULL,
    due_at             TEXT    NULL,
    follow_up_at       TEXT    NULL,
    sla_warn_at        TEXT    NULL,
    sla_breach_at      TEXT    NULL,
    sla_paused         INTEGER NOT NULL DEFAULT 0,
    sla_provisional    INTEGER NOT NULL DEFAULT 0,
    revision           INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_rm_tasks_instance ON rm_tasks (instance_id);
CREATE INDEX IF NOT EXISTS ix_rm_tasks_assignee ON rm_tasks (assignee, created_at);
CREATE INDEX IF NOT EXISTS ix_rm_tasks_jurisdiction ON rm_tasks (jurisdiction_code, created_at);
CREATE INDEX IF NOT EXISTS ix_rm_tasks_breach ON rm_tasks (sla_breach_at);

-- Worklist filters a user saved under a name: the query as JSON, owned by one login. Not read model: rebuild keeps it.
CREATE TABLE IF NOT EXISTS cf_task_filters (
    filter_id   TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    name        TEXT NOT NULL,
    query       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (owner, name)
);

-- Files attached to tasks, in the database so a backup of it is a backup of everything. The content type is the one
-- detected from the bytes, never the one the client claimed; file_name is already made safe.
CREATE TABLE IF NOT EXISTS cf_task_attachments (
    attachment_id  TEXT    PRIMARY KEY,
    task_id        TEXT    NOT NULL,
    instance_id    TEXT    NOT NULL,
    file_name      TEXT    NOT NULL,
    content_type   TEXT    NOT NULL,
    size_bytes     INTEGER NOT NULL,
    sha256         TEXT    NOT NULL,
    content        BYTEA   NOT NULL,
    uploaded_by    TEXT    NOT NULL,
    uploaded_at    TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_cf_task_attachments_task ON cf_task_attachments (task_id, uploaded_at);
