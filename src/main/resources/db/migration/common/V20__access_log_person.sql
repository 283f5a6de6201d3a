-- The access log also records reads of person records (the person registry): which person, ids only.
ALTER TABLE access_log ADD COLUMN person_id BIGINT;
CREATE INDEX access_log_person ON access_log (person_id, accessed_at);
