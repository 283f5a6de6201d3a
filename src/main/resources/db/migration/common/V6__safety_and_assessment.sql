-- Immediate safety response of high-risk cases, and the comprehensive assessment per section.
CREATE SEQUENCE safety_response_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE safety_response (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    actions      VARCHAR(200)  NOT NULL,
    responded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT safety_response_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id)
);
CREATE INDEX safety_response_case ON safety_response (case_id);

CREATE SEQUENCE assessment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE assessment (
    id          BIGINT      NOT NULL PRIMARY KEY,
    case_id     BIGINT      NOT NULL,
    assessed_by VARCHAR(64) NOT NULL,
    assessed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assessment_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id)
);
CREATE INDEX assessment_case ON assessment (case_id);

CREATE TABLE assessment_section (
    assessment_id BIGINT        NOT NULL,
    section       VARCHAR(20)   NOT NULL,
    findings      VARCHAR(4000),
    needs_service BOOLEAN       NOT NULL,
    CONSTRAINT assessment_section_pk PRIMARY KEY (assessment_id, section),
    CONSTRAINT assessment_section_fk FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
);
