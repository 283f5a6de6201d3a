-- The name search's prefilter reads the newest matches in the caller's region (ORDER BY id DESC, a limit): an index
-- of each region level with the id after the code lets it walk only that region's persons, newest first, and stop
-- at the limit (ADR 0037). They replace the single-column indexes of the same levels, so an import maintains no
-- more indexes than before.
DROP INDEX person_regency;
CREATE INDEX person_regency ON person (regency_code, id);
DROP INDEX person_district;
CREATE INDEX person_district ON person (district_code, id);
DROP INDEX person_village;
CREATE INDEX person_village ON person (village_code, id);
