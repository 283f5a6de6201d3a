-- Historical import (issue 8, docs/adr/0020-historical-import.md). child_case.historical exists since V5.
-- An imported case keeps the number it had in the unit's spreadsheet (source_number) next to the Terpadu case
-- number it gets; the number is unique within the regency it was imported into (source_regency, which a later
-- transfer does not change), so a re-import finds and skips it and two units' "001/2016" do not collide.
ALTER TABLE child_case ADD COLUMN source_number VARCHAR(60);
ALTER TABLE child_case ADD COLUMN source_regency VARCHAR(4);
-- The job that imported the case (the audit record of who imported it, from which file).
ALTER TABLE child_case ADD COLUMN import_job_id VARCHAR(36);
-- What the spreadsheet tells about the child without identifying them: sex and birth date (no person record).
ALTER TABLE child_case ADD COLUMN child_sex VARCHAR(1);
ALTER TABLE child_case ADD COLUMN child_birth_date DATE;
ALTER TABLE child_case ADD CONSTRAINT child_case_source_unique UNIQUE (source_regency, source_number);
ALTER TABLE child_case ADD CONSTRAINT child_case_child_sex_check CHECK (child_sex IN ('L', 'P'));
