-- Process instances in the read model, projected from caseflow.process-instance (docs/instances.md).
-- Times are fixed-width UTC text (yyyy-MM-ddTHH:mm:ss.fffffffZ), as in every read-model table.
CREATE TABLE IF NOT EXISTS rm_instances (
    instance_id        TEXT    PRIMARY KEY,
    process_key        TEXT    NOT NULL,
    process_version    INTEGER NOT NULL,
    status             TEXT    NOT NULL,      -- active | completed | cancelled
    business_key       TEXT    NULL,
    person_id          TEXT    NULL,
    petition_id        TEXT    NULL,
    jurisdiction_code  TEXT    NULL,          -- county, town or village code the instance is worked in
    town_code          TEXT    NULL,          -- the town part of jurisdiction_code, for jurisdiction filters
    initiator          TEXT    NULL,
    started_at         TEXT    NULL,
    ended_at           TEXT    NULL,
    active_element_ids TEXT    NOT NULL,      -- JSON array, creation order
    open_incidents     INTEGER NOT NULL,
    open_tasks         INTEGER NOT NULL,
    next_timer_at      TEXT    NULL,
    version            INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_rm_instances_started ON rm_instances (started_at, instance_id);
CREATE INDEX IF NOT EXISTS ix_rm_instances_key ON rm_instances (process_key, status);
CREATE INDEX IF NOT EXISTS ix_rm_instances_business_key ON rm_instances (business_key);
CREATE INDEX IF NOT EXISTS ix_rm_instances_person ON rm_instances (person_id);
CREATE INDEX IF NOT EXISTS ix_rm_instances_jurisdiction ON rm_instances (town_code, jurisdiction_code);

-- Service jobs on offer to external workers (topics outside caseflow.), one row per offered job.
-- The instance is authoritative for locks; these rows only pick candidates for fetch-and-lock.
CREATE TABLE IF NOT EXISTS rm_external_jobs (
    job_id          TEXT    PRIMARY KEY,
    instance_id     TEXT    NOT NULL,
    process_key     TEXT    NOT NULL,
    element_id      TEXT    NOT NULL,
    topic           TEXT    NOT NULL,
    attempt         INTEGER NOT NULL,
    attempts_left   INTEGER NOT NULL,
    lock_owner      TEXT    NULL,
    lock_expires_at TEXT    NULL,
    offered_at      TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_rm_external_jobs_topic ON rm_external_jobs (topic, offered_at);
CREATE INDEX IF NOT EXISTS ix_rm_external_jobs_instance ON rm_external_jobs (instance_id);
