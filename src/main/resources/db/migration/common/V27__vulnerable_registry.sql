-- Vulnerable women and children registry (provincial programme, issue 7; docs/adr/0018-vulnerable-registry.md).

-- Categories are reference data: a province adds one with an INSERT (or a later migration), not with code.
-- needs_cause: an orphan category needs which parent(s) and the cause (e.g. COVID-19).
-- for_sex: 'P' for categories of women only; NULL for both. max_age: children only (age in whole years).
CREATE TABLE vulnerable_category (
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    label      VARCHAR(100) NOT NULL,
    needs_cause BOOLEAN     NOT NULL,
    for_sex    VARCHAR(1),
    min_age    INTEGER,
    max_age    INTEGER,
    sort_order INTEGER      NOT NULL,
    active     BOOLEAN      NOT NULL
);
INSERT INTO vulnerable_category (code, label, needs_cause, for_sex, min_age, max_age, sort_order, active) VALUES
    ('ORPHAN', 'Anak yatim, piatu atau yatim piatu', TRUE, NULL, NULL, 17, 10, TRUE),
    ('VULNERABLE_CHILD', 'Anak rentan', FALSE, NULL, NULL, 17, 20, TRUE),
    ('WOMAN_HIV', 'Perempuan dengan HIV/AIDS', FALSE, 'P', NULL, NULL, 30, TRUE),
    ('FEMALE_HEAD', 'Perempuan kepala keluarga', FALSE, 'P', NULL, NULL, 40, TRUE),
    ('WOMAN_DISABILITY', 'Perempuan penyandang disabilitas', FALSE, 'P', NULL, NULL, 50, TRUE),
    ('HOME_WORKER', 'Perempuan pekerja rumahan', FALSE, 'P', NULL, NULL, 60, TRUE);

-- One entry per person; its region is the person's at registration (refreshed on every update), so that the
-- registry is filtered by the region-scope layer on its own columns.
CREATE SEQUENCE vulnerable_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE vulnerable_entry (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    person_id          BIGINT       NOT NULL,
    province_code      VARCHAR(2),
    regency_code       VARCHAR(4),
    district_code      VARCHAR(6),
    village_code       VARCHAR(10),
    -- IN_DTKS, NOT_IN_DTKS, NOT_IDENTIFIABLE; NULL: not matched yet
    dtks_status        VARCHAR(20),
    dtks_period        VARCHAR(20),
    dtks_updated_at    TIMESTAMP WITH TIME ZONE,
    dtks_job_id        VARCHAR(36),
    -- NONE, RECORDING, AWAITING_VERIFICATION, VERIFIED
    assessment_status  VARCHAR(30)  NOT NULL,
    assessment_process VARCHAR(64),
    registered_by      VARCHAR(64)  NOT NULL,
    registered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(64),
    updated_at         TIMESTAMP WITH TIME ZONE,
    version            BIGINT       NOT NULL,
    CONSTRAINT vulnerable_entry_person_unique UNIQUE (person_id),
    CONSTRAINT vulnerable_entry_person_fk FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX vulnerable_entry_regency ON vulnerable_entry (regency_code, dtks_status);
CREATE INDEX vulnerable_entry_district ON vulnerable_entry (district_code);
CREATE INDEX vulnerable_entry_village ON vulnerable_entry (village_code);

CREATE TABLE vulnerable_entry_category (
    entry_id      BIGINT       NOT NULL,
    category_code VARCHAR(40)  NOT NULL,
    -- orphans: FATHER, MOTHER or BOTH (the parent(s) who died) and the cause
    orphan_type   VARCHAR(10),
    cause         VARCHAR(100),
    CONSTRAINT vulnerable_entry_category_pk PRIMARY KEY (entry_id, category_code),
    CONSTRAINT vulnerable_entry_category_entry_fk FOREIGN KEY (entry_id) REFERENCES vulnerable_entry (id),
    CONSTRAINT vulnerable_entry_category_code_fk FOREIGN KEY (category_code) REFERENCES vulnerable_category (code)
);
CREATE INDEX vulnerable_entry_category_code ON vulnerable_entry_category (category_code);

-- Basic-needs assessments: one row per recording (a returned one stays with its comment; the next recording is
-- a new row). Answers are codes (see vulnerable.BasicNeed); the note is free text, never in the engine's history.
CREATE SEQUENCE vulnerable_assessment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE vulnerable_assessment (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    entry_id             BIGINT        NOT NULL,
    process_instance_id  VARCHAR(64)   NOT NULL,
    food                 VARCHAR(20)   NOT NULL,
    housing              VARCHAR(20)   NOT NULL,
    health_insurance     VARCHAR(20)   NOT NULL,
    schooling            VARCHAR(20)   NOT NULL,
    civil_documents      VARCHAR(20)   NOT NULL,
    income               VARCHAR(20)   NOT NULL,
    note                 VARCHAR(2000),
    recorded_by          VARCHAR(64)   NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- RECORDED, VERIFIED, RETURNED
    status               VARCHAR(20)   NOT NULL,
    verified_by          VARCHAR(64),
    verified_at          TIMESTAMP WITH TIME ZONE,
    verification_comment VARCHAR(1000),
    CONSTRAINT vulnerable_assessment_entry_fk FOREIGN KEY (entry_id) REFERENCES vulnerable_entry (id)
);
CREATE INDEX vulnerable_assessment_entry ON vulnerable_assessment (entry_id, recorded_at);
