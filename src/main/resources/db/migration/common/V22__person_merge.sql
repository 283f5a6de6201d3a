-- The person registry's decisions (issue 7): "this is a new person" confirmations and reversible merges.

-- A user created a person although possible duplicates existed: who, when, and which candidates (ids and
-- scores, "12:85,40:55") the server found and showed at that moment.
CREATE SEQUENCE person_new_confirmation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE person_new_confirmation (
    id            BIGINT        NOT NULL PRIMARY KEY,
    person_id     BIGINT        NOT NULL REFERENCES person (id),
    candidates    VARCHAR(1000) NOT NULL,
    confirmed_by  VARCHAR(64)   NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX person_new_confirmation_person ON person_new_confirmation (person_id);

-- Two records of one person merged: the merged record points at the kept one (person.merged_into_id), its
-- cases and relations moved to the kept record. Everything needed to undo it exactly is kept here: which
-- records moved (person_merge_moved), which empty fields of the kept record were filled from the merged one
-- (filled_fields, names of Person's fields; moved_nik is the NIK that moved with it), who, when and why.
CREATE SEQUENCE person_merge_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE person_merge (
    id             BIGINT        NOT NULL PRIMARY KEY,
    kept_id        BIGINT        NOT NULL REFERENCES person (id),
    merged_id      BIGINT        NOT NULL REFERENCES person (id),
    reason         VARCHAR(1000) NOT NULL,
    filled_fields  VARCHAR(200)  NOT NULL,
    moved_nik      VARCHAR(16),
    merged_by      VARCHAR(64)   NOT NULL,
    merged_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_by      VARCHAR(64),
    undone_at      TIMESTAMP WITH TIME ZONE,
    undo_reason    VARCHAR(1000),
    version        BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX person_merge_kept ON person_merge (kept_id, merged_at);
CREATE INDEX person_merge_merged ON person_merge (merged_id, merged_at);

-- The records a merge moved from the merged person to the kept one: kind CASE (child_case.child_id),
-- RELATION_PERSON / RELATION_RELATED (person_relation.person_id / related_person_id), or another feature's kind.
CREATE TABLE person_merge_moved (
    merge_id  BIGINT      NOT NULL REFERENCES person_merge (id),
    kind      VARCHAR(30) NOT NULL,
    record_id BIGINT      NOT NULL,
    CONSTRAINT person_merge_moved_pk PRIMARY KEY (merge_id, kind, record_id)
);
