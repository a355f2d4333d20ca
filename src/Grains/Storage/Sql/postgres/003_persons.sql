-- Person list: the unfiltered list is ordered by name, then id, in byte order (COLLATE "C", as the query sorts).
CREATE INDEX IF NOT EXISTS ix_rm_persons_name ON rm_persons (name COLLATE "C", person_id COLLATE "C");
