-- KLA (Kabupaten/Kota Layak Anak) assessment rounds: one round per regency and year; one submission per district
-- and cluster 1-5 plus the regency's own institutional submission (cluster 0, no district); the values of each
-- submission and the metadata of its evidence files. The files themselves are in kla_evidence_content (V26):
-- several nodes share the database, not a disk.
CREATE SEQUENCE kla_round_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE kla_round (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    regency_code        VARCHAR(4)   NOT NULL,
    assessment_year     INT          NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    process_instance_id VARCHAR(64),
    opened_by           VARCHAR(64)  NOT NULL,
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT kla_round_regency_year UNIQUE (regency_code, assessment_year)
);

CREATE SEQUENCE kla_submission_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE kla_submission (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    round_id            BIGINT       NOT NULL REFERENCES kla_round (id),
    regency_code        VARCHAR(4)   NOT NULL,
    district_code       VARCHAR(6),
    cluster             INT          NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE,
    submitted_by        VARCHAR(64),
    submitted_at        TIMESTAMP WITH TIME ZONE,
    verified_by         VARCHAR(64),
    verified_at         TIMESTAMP WITH TIME ZONE,
    verifier_comment    VARCHAR(1000),
    return_count        INT          NOT NULL,
    CONSTRAINT kla_submission_cluster CHECK (cluster BETWEEN 0 AND 5)
);
CREATE INDEX kla_submission_round ON kla_submission (round_id, district_code, cluster);
CREATE INDEX kla_submission_district ON kla_submission (district_code);
CREATE INDEX kla_submission_regency ON kla_submission (regency_code);

CREATE TABLE kla_value (
    submission_id       BIGINT       NOT NULL REFERENCES kla_submission (id),
    indicator_code      VARCHAR(10)  NOT NULL,
    indicator_value     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (submission_id, indicator_code)
);

CREATE SEQUENCE kla_evidence_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE kla_evidence (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    submission_id       BIGINT       NOT NULL REFERENCES kla_submission (id),
    indicator_code      VARCHAR(10)  NOT NULL,
    file_name           VARCHAR(200) NOT NULL,
    content_type        VARCHAR(50)  NOT NULL,
    size_bytes          BIGINT       NOT NULL,
    sha256              VARCHAR(64)  NOT NULL,
    uploaded_by         VARCHAR(64)  NOT NULL,
    uploaded_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX kla_evidence_submission ON kla_evidence (submission_id, indicator_code);
