-- CaseFlow core tables on PostgreSQL: change feed, read model, organisation.
-- The change feed is filled by the grain-storage write query (001_orleans.sql) in the same transaction as the
-- state. Read-model times are fixed-width UTC text, identical to SQLite, so one query layer serves both.

CREATE TABLE IF NOT EXISTS cf_change_feed (
    seq          BIGSERIAL PRIMARY KEY,
    service_id   TEXT        NOT NULL,
    state_name   TEXT        NOT NULL,
    grain_key    TEXT        NOT NULL,
    version      INTEGER     NOT NULL,
    payload      BYTEA       NULL,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS rm_stream_versions (
    stream   TEXT    PRIMARY KEY,
    version  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS org_jurisdictions (
    code        TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    parent_code TEXT    NULL REFERENCES org_jurisdictions(code),
    level       TEXT    NOT NULL,
    verified    INTEGER NOT NULL,
    sort_order  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_org_jurisdictions_parent ON org_jurisdictions (parent_code);

CREATE TABLE IF NOT EXISTS rm_persons (
    person_id        TEXT    PRIMARY KEY,
    name             TEXT    NOT NULL,
    gender           TEXT    NOT NULL,
    birth_date       TEXT    NOT NULL,
    id_number_masked TEXT    NOT NULL,
    town_code        TEXT    NOT NULL,
    village_code     TEXT    NOT NULL,
    phone_masked     TEXT    NULL,
    registered_at    TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    version          INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_rm_persons_jurisdiction ON rm_persons (town_code, village_code, name);

CREATE TABLE IF NOT EXISTS rm_case_events (
    person_id    TEXT    NOT NULL,
    seq          INTEGER NOT NULL,
    occurred_at  TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    detail       TEXT    NOT NULL,
    PRIMARY KEY (person_id, seq)
);
