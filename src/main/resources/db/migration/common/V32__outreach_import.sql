-- Outreach import (issue 8, docs/adr/0020-historical-import.md): a visit's source id is the row id of the
-- unit's own spreadsheet, so it is unique within the regency of the visit, not across units (two units' row "17"
-- are different visits). A visit's regency never changes.
ALTER TABLE outreach_visit DROP CONSTRAINT outreach_visit_source_unique;
ALTER TABLE outreach_visit ADD CONSTRAINT outreach_visit_source_unique UNIQUE (regency_code, source_id);
-- The job that imported the visit (who imported it, from which file).
ALTER TABLE outreach_visit ADD COLUMN import_job_id VARCHAR(36);
