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
