-- The audit log is append-only (DOMAIN.md §8.2 "Access logging"): the database itself refuses to change or remove
-- an entry, whatever code or hand-written statement tries; TRUNCATE, which skips row triggers, is refused as well.
-- No retention job touches cf_audit; keeping entries for a limited time would need a deliberate, documented
-- migration that drops these triggers.
CREATE OR REPLACE FUNCTION cf_audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'cf_audit is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE OR REPLACE TRIGGER tr_cf_audit_no_update BEFORE UPDATE ON cf_audit
    FOR EACH ROW EXECUTE FUNCTION cf_audit_refuse_change();

CREATE OR REPLACE TRIGGER tr_cf_audit_no_delete BEFORE DELETE ON cf_audit
    FOR EACH ROW EXECUTE FUNCTION cf_audit_refuse_change();

CREATE OR REPLACE TRIGGER tr_cf_audit_no_truncate BEFORE TRUNCATE ON cf_audit
    FOR EACH STATEMENT EXECUTE FUNCTION cf_audit_refuse_change();
