-- The evidence files of KLA submissions, in the shared database (BYTEA: PostgreSQL's byte array, an alias of
-- VARBINARY in H2), apart from their metadata so that lists never load file contents.
CREATE TABLE kla_evidence_content (
    evidence_id         BIGINT       NOT NULL PRIMARY KEY REFERENCES kla_evidence (id),
    content             BYTEA        NOT NULL
);
