-- Process definitions in the read model: one row per deployed version, projected from caseflow.process-definition.
-- Times are fixed-width UTC text, identical to SQLite, so one query layer serves both.
CREATE TABLE IF NOT EXISTS rm_process_versions (
    process_key  TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    name         TEXT    NULL,
    status       TEXT    NOT NULL,
    version_tag  TEXT    NULL,
    deployed_at  TEXT    NOT NULL,
    deployed_by  TEXT    NOT NULL,
    published_at TEXT    NULL,
    sha256       TEXT    NOT NULL,
    PRIMARY KEY (process_key, version)
);
