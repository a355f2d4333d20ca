-- CaseFlow core tables on SQLite: change feed, read model, organisation.
-- Times are stored as fixed-width UTC text (yyyy-MM-ddTHH:mm:ss.fffffffZ) so text order is time order.

-- Change feed: one row per grain-state write, written in the same transaction as the state.
CREATE TABLE IF NOT EXISTS cf_change_feed (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    service_id   TEXT    NOT NULL,
    state_name   TEXT    NOT NULL,
    grain_key    TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    payload      BLOB    NULL,          -- NULL: the state was cleared
    recorded_at  TEXT    NOT NULL
);

-- Projector checkpoint per stream (state_name/grain_key): a change at or below this version is already applied.
CREATE TABLE IF NOT EXISTS rm_stream_versions (
    stream   TEXT    PRIMARY KEY,
    version  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS org_jurisdictions (
    code        TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    parent_code TEXT    NULL REFERENCES org_jurisdictions(code),
    level       TEXT    NOT NULL,       -- county | town | village
    verified    INTEGER NOT NULL,       -- 1: named in a source; 0: unverified or synthetic
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
    detail       TEXT    NOT NULL,      -- JSON
    PRIMARY KEY (person_id, seq)
);
