-- Process definitions in the read model: one row per deployed version, projected from caseflow.process-definition.
-- Times are fixed-width UTC text (yyyy-MM-ddTHH:mm:ss.fffffffZ), as in every read-model table.
CREATE TABLE IF NOT EXISTS rm_process_versions (
    process_key  TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    name         TEXT    NULL,
    status       TEXT    NOT NULL,      -- draft | published | retired
    version_tag  TEXT    NULL,
    deployed_at  TEXT    NOT NULL,
    deployed_by  TEXT    NOT NULL,
    published_at TEXT    NULL,
    sha256       TEXT    NOT NULL,
    PRIMARY KEY (process_key, version)
);
