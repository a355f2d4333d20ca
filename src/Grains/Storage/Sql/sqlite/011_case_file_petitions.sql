-- Case-file columns the person lists filter on, and the petition tracker's table.
-- Dates are yyyy-MM-dd text and times fixed-width UTC text, so text order is time order on both backends.

-- Per person: current certificate (category digit, grade digit, stored status, expiry date), open problems,
-- monitoring status and whether a 三定 assignment is open. A table of its own rather than new rm_persons columns,
-- so the script can run twice on both backends (SQLite has no ADD COLUMN IF NOT EXISTS); lists LEFT JOIN it.
CREATE TABLE IF NOT EXISTS rm_person_case_files (
    person_id            TEXT    PRIMARY KEY,
    certificate_category INTEGER NULL,
    certificate_grade    INTEGER NULL,
    certificate_status   TEXT    NULL,
    certificate_expiry   TEXT    NULL,
    open_problems        INTEGER NOT NULL,
    monitoring_status    TEXT    NULL,
    assistance_open      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_rm_person_case_files_grade ON rm_person_case_files (certificate_grade);
CREATE INDEX IF NOT EXISTS ix_rm_person_case_files_open_problems ON rm_person_case_files (open_problems);

-- One row per petition (信访事项), projected from caseflow.petition. town_code/village_code are those of the
-- linked person at registration; NULL means a county-level item that only county roles see.
CREATE TABLE IF NOT EXISTS rm_petitions (
    petition_id        TEXT    PRIMARY KEY,
    person_id          TEXT    NULL,
    town_code          TEXT    NULL,
    village_code       TEXT    NULL,
    channel            TEXT    NOT NULL,
    item_type          TEXT    NOT NULL,
    matter_category    TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    stage              TEXT    NOT NULL,
    received_on        TEXT    NOT NULL,
    accepted_on        TEXT    NULL,
    clock              TEXT    NULL,      -- the running clock: notice | handling | review | reReview
    warn_on            TEXT    NULL,      -- first at-risk day of the running clock
    due_on             TEXT    NULL,      -- last day of the running clock
    notice_due_on      TEXT    NULL,
    handling_due_on    TEXT    NULL,
    extended           INTEGER NOT NULL,
    notice_late        INTEGER NOT NULL,
    handling_late      INTEGER NOT NULL,
    repeat_of          TEXT    NULL,
    outcome            TEXT    NULL,
    satisfaction       TEXT    NULL,
    closed_on          TEXT    NULL,
    registered_at      TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    version            INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_rm_petitions_jurisdiction ON rm_petitions (town_code, village_code);
CREATE INDEX IF NOT EXISTS ix_rm_petitions_due ON rm_petitions (status, due_on);
CREATE INDEX IF NOT EXISTS ix_rm_petitions_person ON rm_petitions (person_id);
