-- Person list: the unfiltered list is ordered by name, then id.
CREATE INDEX IF NOT EXISTS ix_rm_persons_name ON rm_persons (name, person_id);
