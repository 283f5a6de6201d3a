-- Case conferences and case decisions (issue 9, docs/adr/0026-case-meetings-and-conferences.md). A conference of a
-- case is scheduled (date, place, invited agencies), held (attendees) and records decisions; the weekly case meeting
-- records decisions too. Each decision with an owner (agency, unit group or user) and a due date is one task of the
-- process Process_CaseDecision. The process variables carry the ids only.
CREATE SEQUENCE case_conference_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_conference (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    case_id              BIGINT        NOT NULL,
    regency_code         VARCHAR(4)    NOT NULL,
    district_code        VARCHAR(6),
    village_code         VARCHAR(10),
    status               VARCHAR(12)   NOT NULL,
    scheduled_at         TIMESTAMP WITH TIME ZONE,
    place                VARCHAR(200),
    other_attendees      VARCHAR(2000),
    process_instance_id  VARCHAR(64),
    requested_by         VARCHAR(64)   NOT NULL,
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    scheduled_by         VARCHAR(64),
    recorded_by          VARCHAR(64),
    recorded_at          TIMESTAMP WITH TIME ZONE,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT case_conference_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id)
);
CREATE INDEX case_conference_case ON case_conference (case_id, status);

CREATE TABLE case_conference_agency (
    conference_id  BIGINT       NOT NULL,
    agency_code    VARCHAR(40)  NOT NULL,
    attended       BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (conference_id, agency_code),
    CONSTRAINT case_conference_agency_conference_fk FOREIGN KEY (conference_id) REFERENCES case_conference (id)
);

CREATE SEQUENCE case_decision_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_decision (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    case_id              BIGINT        NOT NULL,
    conference_id        BIGINT,
    source               VARCHAR(12)   NOT NULL,
    text                 VARCHAR(1000) NOT NULL,
    owner_type           VARCHAR(8)    NOT NULL,
    owner                VARCHAR(64)   NOT NULL,
    due_date             DATE          NOT NULL,
    status               VARCHAR(8)    NOT NULL,
    outcome              VARCHAR(2000),
    process_instance_id  VARCHAR(64),
    created_by           VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    done_by              VARCHAR(64),
    done_at              TIMESTAMP WITH TIME ZONE,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT case_decision_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id),
    CONSTRAINT case_decision_conference_fk FOREIGN KEY (conference_id) REFERENCES case_conference (id)
);
CREATE INDEX case_decision_case ON case_decision (case_id);
CREATE INDEX case_decision_conference ON case_decision (conference_id);
