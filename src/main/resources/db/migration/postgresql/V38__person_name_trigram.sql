-- Ranked name search at millions of persons (issue 11, docs/benchmarks.md): the search's prefilter is
-- "lower(name) contains the text, or name_key has one of its word keys" (person.PersonSearch), which no B-tree
-- index serves. Trigram GIN indexes serve both LIKE shapes. pg_trgm is a trusted extension (PostgreSQL 13+): the
-- database owner may create it; otherwise an administrator creates it once before the first start (README).
-- H2 (the embedded database) has no such index and scans, which is fine at its sizes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX person_name_trgm ON person USING gin (lower(name) gin_trgm_ops);
CREATE INDEX person_name_key_trgm ON person USING gin (name_key gin_trgm_ops);
