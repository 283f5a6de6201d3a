-- The case file: persons (children and family members), cases, their categories, case numbers.
CREATE SEQUENCE person_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE person (
    id            BIGINT       NOT NULL PRIMARY KEY,
    nik           VARCHAR(16),
    name          VARCHAR(200),
    sex           VARCHAR(1),
    birth_date    DATE,
    province_code VARCHAR(2),
    regency_code  VARCHAR(4),
    district_code VARCHAR(6),
    village_code  VARCHAR(10),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT person_nik_unique UNIQUE (nik),
    CONSTRAINT person_sex_check CHECK (sex IN ('L', 'P'))
);
CREATE INDEX person_regency ON person (regency_code);

CREATE SEQUENCE child_case_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE child_case (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    case_number         VARCHAR(40)   NOT NULL,
    regency_code        VARCHAR(4)    NOT NULL,
    district_code       VARCHAR(6),
    village_code        VARCHAR(10),
    status              VARCHAR(10)   NOT NULL,
    stage               VARCHAR(20),
    risk_level          VARCHAR(10),
    primary_category    VARCHAR(40)   NOT NULL,
    channel             VARCHAR(30)   NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    description         VARCHAR(5000) NOT NULL,
    reporter_anonymous  BOOLEAN       NOT NULL,
    reporter_name       VARCHAR(200),
    reporter_phone      VARCHAR(40),
    reporter_relation   VARCHAR(100),
    child_id            BIGINT,
    caseworker_id       VARCHAR(64),
    process_instance_id VARCHAR(64),
    triage_outcome      VARCHAR(20),
    triage_note         VARCHAR(2000),
    referred_to         VARCHAR(500),
    triaged_by          VARCHAR(64),
    triaged_at          TIMESTAMP WITH TIME ZONE,
    duplicate_of_id     BIGINT,
    closure_reason      VARCHAR(30),
    closed_at           TIMESTAMP WITH TIME ZONE,
    historical          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by          VARCHAR(64)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT child_case_number_unique UNIQUE (case_number),
    CONSTRAINT child_case_child_fk FOREIGN KEY (child_id) REFERENCES person (id),
    CONSTRAINT child_case_duplicate_fk FOREIGN KEY (duplicate_of_id) REFERENCES child_case (id)
);
CREATE INDEX child_case_regency_status ON child_case (regency_code, status, received_at);

CREATE TABLE case_category (
    case_id       BIGINT      NOT NULL,
    category_code VARCHAR(40) NOT NULL,
    CONSTRAINT case_category_pk PRIMARY KEY (case_id, category_code),
    CONSTRAINT case_category_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id) ON DELETE CASCADE
);

-- Case numbers ULT-<regency>-<year>-<5 digits>: one counter per unit and year.
CREATE TABLE case_number_counter (
    regency_code VARCHAR(4) NOT NULL,
    case_year    INT        NOT NULL,
    last_value   INT        NOT NULL,
    CONSTRAINT case_number_counter_pk PRIMARY KEY (regency_code, case_year)
);
