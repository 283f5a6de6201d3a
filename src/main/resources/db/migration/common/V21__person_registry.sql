-- The person registry (issue 7): one record per person, keyed by NIK where there is one.
ALTER TABLE person ADD COLUMN kk VARCHAR(16);
ALTER TABLE person ADD COLUMN birth_place VARCHAR(100);
ALTER TABLE person ADD COLUMN address VARCHAR(300);
ALTER TABLE person ADD COLUMN phone VARCHAR(30);
ALTER TABLE person ADD COLUMN disability VARCHAR(200);
-- Where an imported record came from (the source's own id), for idempotent re-imports of persons without NIK.
ALTER TABLE person ADD COLUMN source_id VARCHAR(100);
-- NameMatcher.key(name): candidate duplicates are found by key, then scored.
ALTER TABLE person ADD COLUMN name_key VARCHAR(200);
-- A record merged into another one points at the record kept (merges are reversible, see person_merge).
ALTER TABLE person ADD COLUMN merged_into_id BIGINT;
ALTER TABLE person ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE person ADD CONSTRAINT person_source_unique UNIQUE (source_id);
ALTER TABLE person ADD CONSTRAINT person_merged_into_fk FOREIGN KEY (merged_into_id) REFERENCES person (id);
CREATE INDEX person_district ON person (district_code);
CREATE INDEX person_village ON person (village_code);
CREATE INDEX person_name_key ON person (name_key);
CREATE INDEX person_kk ON person (kk);

-- Family relationships between persons: parent, guardian, sibling, household head.
CREATE SEQUENCE person_relation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE person_relation (
    id                BIGINT       NOT NULL PRIMARY KEY,
    person_id         BIGINT       NOT NULL REFERENCES person (id),
    related_person_id BIGINT       NOT NULL REFERENCES person (id),
    relation          VARCHAR(20)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT person_relation_unique UNIQUE (person_id, related_person_id, relation),
    CONSTRAINT person_relation_not_self CHECK (person_id <> related_person_id)
);
CREATE INDEX person_relation_related ON person_relation (related_person_id);
