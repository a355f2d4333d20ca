-- Users of CaseFlow and their role assignments, each role held in one jurisdiction.
-- Times are fixed-width UTC text (yyyy-MM-ddTHH:mm:ss.fffffffZ), as in every other CaseFlow table, so the same
-- statements serve SQLite and PostgreSQL.

CREATE TABLE IF NOT EXISTS org_users (
    user_id          TEXT    PRIMARY KEY,
    login            TEXT    NOT NULL UNIQUE,   -- lower case; what a person types at sign-in
    display_name     TEXT    NOT NULL,
    password_hash    TEXT    NULL,              -- versioned PBKDF2 string; NULL: no local password (OIDC users)
    failed_attempts  INTEGER NOT NULL DEFAULT 0,-- consecutive failures since the last success or lock
    locked_until     TEXT    NULL,              -- sign-in refused until this instant
    active           INTEGER NOT NULL DEFAULT 1,-- 0: deactivated, no sign-in, kept for the history it signed
    created_at       TEXT    NOT NULL
);

-- A role counts only inside its jurisdiction and the jurisdictions below it.
CREATE TABLE IF NOT EXISTS org_user_roles (
    user_id           TEXT    NOT NULL REFERENCES org_users(user_id),
    role              TEXT    NOT NULL,
    jurisdiction_code TEXT    NOT NULL REFERENCES org_jurisdictions(code),
    PRIMARY KEY (user_id, role, jurisdiction_code)
);
CREATE INDEX IF NOT EXISTS ix_org_user_roles_jurisdiction ON org_user_roles (jurisdiction_code);
