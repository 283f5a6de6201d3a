-- ADR 0028: the family-card index holds an entry for every person although most have no family card number
-- (children registered without one, bulk imports without the column) and no query looks persons up by it yet.
-- Only the rows that have a number are indexed now; a lookup `kk = ?` can still use it. Every import of persons
-- without a family card number no longer maintains it. (H2 has no partial indexes and keeps the full index.)
DROP INDEX person_kk;
CREATE INDEX person_kk ON person (kk) WHERE kk IS NOT NULL;
