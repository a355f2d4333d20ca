-- Schema and query texts for the Orleans 10 ADO.NET providers (clustering, grain storage, reminders) on
-- PostgreSQL, written from the ADO.NET database contract (ADONET.md). The providers embed no SQL: they load the
-- texts below from OrleansQuery at start-up, so a changed text takes effect after a silo restart.
--
-- Idempotent on its own: tables and indexes only if missing, functions replaced, query rows upserted. It runs
-- inside the migrator's transaction, so it opens none itself.
--
-- The storage write and clear also append a row to cf_change_feed (created by 002_core.sql) in the same
-- transaction. That table is referenced only inside plpgsql bodies, which resolve names when they run, so the
-- script order 001 before 002 is fine.

CREATE TABLE IF NOT EXISTS OrleansQuery (
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);

-- ---------------------------------------------------------------------------------------------------------------
-- Clustering
-- ---------------------------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable (
    DeploymentId text        NOT NULL PRIMARY KEY,
    Timestamp    timestamptz NOT NULL DEFAULT now(),
    Version      integer     NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable (
    DeploymentId text        NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId) ON DELETE CASCADE,
    Address      varchar(45) NOT NULL,
    Port         integer     NOT NULL,
    Generation   integer     NOT NULL,
    SiloName     text        NOT NULL,
    HostName     text        NOT NULL,
    Status       integer     NOT NULL,
    ProxyPort    integer     NULL,
    SuspectTimes text        NULL,
    StartTime    timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Inserts a silo row and raises the table version, both or neither: the version check is the membership
-- protocol's optimistic concurrency, and a row inserted under a stale version must not survive.
CREATE OR REPLACE FUNCTION orleans_insert_membership(
    p_deployment_id text, p_address text, p_port integer, p_generation integer, p_silo_name text,
    p_host_name text, p_status integer, p_proxy_port integer, p_start_time timestamptz,
    p_i_am_alive_time timestamptz, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    affected integer;
BEGIN
    INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status,
                                        ProxyPort, SuspectTimes, StartTime, IAmAliveTime)
    VALUES (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status,
            p_proxy_port, NULL, p_start_time, p_i_am_alive_time)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipVersionTable
       SET Version = Version + 1, Timestamp = now()
     WHERE DeploymentId = p_deployment_id AND Version = p_version;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        -- Stale version: take back the row inserted above so neither change remains.
        DELETE FROM OrleansMembershipTable
         WHERE DeploymentId = p_deployment_id AND Address = p_address AND Port = p_port AND Generation = p_generation;
        RETURN 0;
    END IF;

    RETURN 1;
END
$$;

-- Updates a silo row and raises the table version, both or neither (see orleans_insert_membership).
CREATE OR REPLACE FUNCTION orleans_update_membership(
    p_deployment_id text, p_address text, p_port integer, p_generation integer, p_status integer,
    p_suspect_times text, p_i_am_alive_time timestamptz, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    affected integer;
BEGIN
    -- Version first: its row lock serialises concurrent membership writers of the deployment.
    UPDATE OrleansMembershipVersionTable
       SET Version = Version + 1, Timestamp = now()
     WHERE DeploymentId = p_deployment_id AND Version = p_version;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipTable
       SET Status = p_status, SuspectTimes = p_suspect_times, IAmAliveTime = p_i_am_alive_time
     WHERE DeploymentId = p_deployment_id AND Address = p_address AND Port = p_port AND Generation = p_generation;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        -- No such silo: undo the version raise so the call changes nothing.
        UPDATE OrleansMembershipVersionTable SET Version = Version - 1 WHERE DeploymentId = p_deployment_id;
        RETURN 0;
    END IF;

    RETURN 1;
END
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- Grain storage
-- ---------------------------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS OrleansStorage (
    GrainIdHash            integer     NOT NULL,
    GrainIdN0              bigint      NOT NULL,
    GrainIdN1              bigint      NOT NULL,
    GrainTypeHash          integer     NOT NULL,
    GrainTypeString        text        NOT NULL,
    GrainIdExtensionString text        NULL,
    ServiceId              text        NOT NULL,
    PayloadBinary          bytea       NULL,
    ModifiedOn             timestamptz NOT NULL,
    Version                integer     NOT NULL
);

-- One row per full key, NULL extension included: this is what stops two racing first inserts from both winning.
-- The hashes lead so the index also serves every lookup.
CREATE UNIQUE INDEX IF NOT EXISTS ux_orleansstorage_key
    ON OrleansStorage (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, GrainTypeString, ServiceId, GrainIdExtensionString)
    NULLS NOT DISTINCT;

-- The rebuild scans every row of one state name.
CREATE INDEX IF NOT EXISTS ix_orleansstorage_state ON OrleansStorage (ServiceId, GrainTypeString);

-- Rebuilds GrainId.Key as text (what the SQLite provider stores as grain_key) from the provider's key parameters.
-- The ADO.NET provider classifies a key by its shape, not by the grain's key type: 32 hex digits are a GUID, a hex
-- number (up to 16 digits, optionally followed by '+extension') is an integer, anything else is a string and
-- arrives whole in the extension with N0 = N1 = 0. Integer keys are printed as upper-case hex without leading
-- zeros, GUIDs in 'N' format, exactly as Orleans formats them, so the common cases round-trip. A string key that
-- merely looks like hex loses its spelling in the provider itself (e.g. '0012' and '12' are one row there).
CREATE OR REPLACE FUNCTION cf_orleans_grain_key(p_n0 bigint, p_n1 bigint, p_extension text)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN p_n0 = 0 AND p_n1 = 0 AND p_extension IS NOT NULL THEN p_extension
        WHEN p_n0 = 0 THEN upper(to_hex(p_n1)) || coalesce('+' || p_extension, '')
        ELSE lpad(to_hex(p_n0 & 4294967295), 8, '0')
          || lpad(to_hex((p_n0 >> 32) & 65535), 4, '0')
          || lpad(to_hex((p_n0 >> 48) & 65535), 4, '0')
          || (SELECT string_agg(lpad(to_hex((p_n1 >> (8 * i)) & 255), 2, '0'), '' ORDER BY i)
                FROM generate_series(0, 7) AS i)
          || coalesce('+' || p_extension, '')
    END
$$;

-- Writes a state and, only when the write wins, appends the change row in the same transaction.
-- Returns the new version, or the version sent (NULL for a refused first insert) when the ETag is stale.
CREATE OR REPLACE FUNCTION orleans_write_storage(
    p_grain_id_hash integer, p_n0 bigint, p_n1 bigint, p_grain_type_hash integer, p_grain_type text,
    p_extension text, p_service_id text, p_version integer, p_payload bytea)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    new_version integer;
BEGIN
    IF p_version IS NULL THEN
        INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
                                    GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
        VALUES (p_grain_id_hash, p_n0, p_n1, p_grain_type_hash, p_grain_type, p_extension, p_service_id,
                p_payload, now(), 1)
        ON CONFLICT DO NOTHING
        RETURNING Version INTO new_version;
    ELSE
        UPDATE OrleansStorage
           SET PayloadBinary = p_payload, Version = Version + 1, ModifiedOn = now()
         WHERE GrainIdHash = p_grain_id_hash AND GrainTypeHash = p_grain_type_hash
           AND GrainIdN0 = p_n0 AND GrainIdN1 = p_n1 AND GrainTypeString = p_grain_type
           AND ServiceId = p_service_id AND GrainIdExtensionString IS NOT DISTINCT FROM p_extension
           AND Version = p_version
        RETURNING Version INTO new_version;
    END IF;

    IF new_version IS NULL THEN
        RETURN p_version;
    END IF;

    INSERT INTO cf_change_feed (service_id, state_name, grain_key, version, payload, recorded_at)
    VALUES (p_service_id, p_grain_type, cf_orleans_grain_key(p_n0, p_n1, p_extension), new_version, p_payload, now());
    RETURN new_version;
END
$$;

-- Clears a state (payload NULL, version + 1, row kept) and appends a change row with a NULL payload.
-- Returns the new version, or the version sent when the ETag is stale or no row exists.
CREATE OR REPLACE FUNCTION orleans_clear_storage(
    p_grain_id_hash integer, p_n0 bigint, p_n1 bigint, p_grain_type_hash integer, p_grain_type text,
    p_extension text, p_service_id text, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    new_version integer;
BEGIN
    UPDATE OrleansStorage
       SET PayloadBinary = NULL, Version = Version + 1, ModifiedOn = now()
     WHERE GrainIdHash = p_grain_id_hash AND GrainTypeHash = p_grain_type_hash
       AND GrainIdN0 = p_n0 AND GrainIdN1 = p_n1 AND GrainTypeString = p_grain_type
       AND ServiceId = p_service_id AND GrainIdExtensionString IS NOT DISTINCT FROM p_extension
       AND Version = p_version
    RETURNING Version INTO new_version;

    IF new_version IS NULL THEN
        RETURN p_version;
    END IF;

    INSERT INTO cf_change_feed (service_id, state_name, grain_key, version, payload, recorded_at)
    VALUES (p_service_id, p_grain_type, cf_orleans_grain_key(p_n0, p_n1, p_extension), new_version, NULL, now());
    RETURN new_version;
END
$$;

-- ---------------------------------------------------------------------------------------------------------------
-- Reminders
-- ---------------------------------------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS OrleansRemindersTable (
    ServiceId    text        NOT NULL,
    GrainId      text        NOT NULL,
    ReminderName text        NOT NULL,
    StartTime    timestamptz NOT NULL,
    Period       bigint      NOT NULL,
    GrainHash    integer     NOT NULL,
    Version      integer     NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

CREATE INDEX IF NOT EXISTS ix_orleansreminders_hash ON OrleansRemindersTable (ServiceId, GrainHash);

-- ---------------------------------------------------------------------------------------------------------------
-- Query texts. Upserted so that a re-run also delivers changed texts.
-- DeleteStorageKey is deliberately absent: deleting a row would restart its version at 1, behind the projector's
-- per-stream checkpoint, so DeleteStateOnClear=true must fail at start-up instead of silently losing changes.
-- ---------------------------------------------------------------------------------------------------------------

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('InsertMembershipVersionKey', $q$
WITH inserted AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1)
SELECT count(*)::integer FROM inserted;
$q$),

('InsertMembershipKey', $q$
SELECT orleans_insert_membership(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
                                 @ProxyPort, @StartTime, @IAmAliveTime, @Version);
$q$),

('UpdateMembershipKey', $q$
SELECT orleans_update_membership(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
                                 @IAmAliveTime, @Version);
$q$),

('UpdateIAmAlivetimeKey', $q$
UPDATE OrleansMembershipTable SET IAmAliveTime = @IAmAliveTime
 WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
$q$),

('MembershipReadRowKey', $q$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
  FROM OrleansMembershipVersionTable v
  LEFT JOIN OrleansMembershipTable m
    ON m.DeploymentId = v.DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
 WHERE v.DeploymentId = @DeploymentId;
$q$),

('MembershipReadAllKey', $q$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
       m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
  FROM OrleansMembershipVersionTable v
  LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
 WHERE v.DeploymentId = @DeploymentId;
$q$),

('GatewaysQueryKey', $q$
SELECT Address, ProxyPort, Generation FROM OrleansMembershipTable
 WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$q$),

('DeleteMembershipTableEntriesKey', $q$
WITH members AS (DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId)
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),

('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM OrleansMembershipTable
 WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;
$q$),

('ReadFromStorageKey', $q$
SELECT PayloadBinary, Version FROM OrleansStorage
 WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
   AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
   AND ServiceId = @ServiceId AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString;
$q$),

('WriteToStorageKey', $q$
SELECT orleans_write_storage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                             @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary) AS NewGrainStateVersion;
$q$),

('ClearStorageKey', $q$
SELECT orleans_clear_storage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                             @GrainIdExtensionString, @ServiceId, @GrainStateVersion) AS NewGrainStateVersion;
$q$),

('UpsertReminderRowKey', $q$
INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
   SET StartTime = EXCLUDED.StartTime, Period = EXCLUDED.Period, GrainHash = EXCLUDED.GrainHash,
       Version = OrleansRemindersTable.Version + 1
RETURNING Version;
$q$),

('ReadReminderRowKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;
$q$),

('ReadReminderRowsKey', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND GrainId = @GrainId;
$q$),

('ReadRangeRows1Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;
$q$),

('ReadRangeRows2Key', $q$
SELECT GrainId, ReminderName, StartTime, Period, Version FROM OrleansRemindersTable
 WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$q$),

('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM OrleansRemindersTable
     WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version
    RETURNING 1)
SELECT count(*)::integer FROM deleted;
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;
$q$)

ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
