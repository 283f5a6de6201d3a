-- Child welfare institutions (LKSA) and their residents (issue 10, docs/adr/0019-lksa-residents.md). A resident is
-- a person of the registry (person.id): no identity is copied here. One open stay per person: open_person_id
-- equals person_id while the stay is open and is null once discharged (CHECK), and is UNIQUE (several NULLs are
-- allowed by H2 and PostgreSQL alike), so the database refuses a second open stay without a partial index.
CREATE SEQUENCE lksa_institution_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE lksa_institution (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    code                VARCHAR(40)   NOT NULL,
    name                VARCHAR(200)  NOT NULL,
    institution_type    VARCHAR(30)   NOT NULL,
    address             VARCHAR(300)  NOT NULL,
    province_code       VARCHAR(2)    NOT NULL,
    regency_code        VARCHAR(4)    NOT NULL,
    district_code       VARCHAR(6),
    village_code        VARCHAR(10),
    latitude            DOUBLE PRECISION NOT NULL,
    longitude           DOUBLE PRECISION NOT NULL,
    capacity            INT           NOT NULL,
    accreditation       VARCHAR(20)   NOT NULL,
    contact_name        VARCHAR(100),
    contact_phone       VARCHAR(30),
    contact_email       VARCHAR(200),
    created_by          VARCHAR(64)   NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE,
    version             BIGINT        NOT NULL,
    CONSTRAINT lksa_institution_code UNIQUE (code),
    CONSTRAINT lksa_institution_capacity CHECK (capacity >= 0),
    CONSTRAINT lksa_institution_latitude CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT lksa_institution_longitude CHECK (longitude BETWEEN -180 AND 180)
);
CREATE INDEX lksa_institution_regency ON lksa_institution (regency_code);
CREATE INDEX lksa_institution_district ON lksa_institution (district_code);
CREATE INDEX lksa_institution_village ON lksa_institution (village_code);

CREATE SEQUENCE lksa_residence_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE lksa_residence (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    institution_id      BIGINT        NOT NULL REFERENCES lksa_institution (id),
    person_id           BIGINT        NOT NULL REFERENCES person (id),
    open_person_id      BIGINT,
    case_id             BIGINT        REFERENCES child_case (id),
    admitted_on         DATE          NOT NULL,
    admission_reason    VARCHAR(30)   NOT NULL,
    admission_note      VARCHAR(1000),
    admitted_by         VARCHAR(64)   NOT NULL,
    discharged_on       DATE,
    discharge_destination VARCHAR(30),
    discharge_note      VARCHAR(1000),
    discharged_by       VARCHAR(64),
    follow_up_process_id VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT lksa_residence_one_open_stay UNIQUE (open_person_id),
    CONSTRAINT lksa_residence_open_flag CHECK (
        (discharged_on IS NULL AND open_person_id = person_id AND discharge_destination IS NULL)
        OR (discharged_on IS NOT NULL AND open_person_id IS NULL AND discharge_destination IS NOT NULL)),
    CONSTRAINT lksa_residence_dates CHECK (discharged_on IS NULL OR discharged_on >= admitted_on)
);
CREATE INDEX lksa_residence_institution ON lksa_residence (institution_id, discharged_on);
CREATE INDEX lksa_residence_person ON lksa_residence (person_id);
CREATE INDEX lksa_residence_case ON lksa_residence (case_id);
