-- The audit log is append-only (DOMAIN.md §8.2 "Access logging"): the database itself refuses to change or remove
-- an entry, whatever code or hand-written statement tries. No retention job touches cf_audit; keeping entries for
-- a limited time would need a deliberate, documented migration that drops these triggers.
CREATE TRIGGER IF NOT EXISTS tr_cf_audit_no_update BEFORE UPDATE ON cf_audit
BEGIN
    SELECT RAISE(ABORT, 'cf_audit is append-only: entries cannot be changed');
END;

CREATE TRIGGER IF NOT EXISTS tr_cf_audit_no_delete BEFORE DELETE ON cf_audit
BEGIN
    SELECT RAISE(ABORT, 'cf_audit is append-only: entries cannot be removed');
END;
