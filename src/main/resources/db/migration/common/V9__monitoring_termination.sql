-- Monitoring (monev) contacts, termination proposals with the supervisor's decision, reopenings, and the
-- case-conference agenda flag of a case.
ALTER TABLE child_case ADD COLUMN conference_agenda BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE child_case ADD COLUMN conference_reason VARCHAR(1000);

CREATE SEQUENCE monitoring_contact_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE monitoring_contact (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    contact_type        VARCHAR(20)   NOT NULL,
    contact_date        DATE          NOT NULL,
    child_situation     VARCHAR(10)   NOT NULL,
    note                VARCHAR(4000) NOT NULL,
    next_step           VARCHAR(30)   NOT NULL,
    services_added      INT           NOT NULL,
    referrals_cancelled INT           NOT NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT monitoring_contact_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id)
);
CREATE INDEX monitoring_contact_case ON monitoring_contact (case_id);

CREATE SEQUENCE case_termination_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_termination (
    id               BIGINT        NOT NULL PRIMARY KEY,
    case_id          BIGINT        NOT NULL,
    reason           VARCHAR(30)   NOT NULL,
    summary          VARCHAR(4000) NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    proposed_by      VARCHAR(64)   NOT NULL,
    proposed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by       VARCHAR(64),
    decided_at       TIMESTAMP WITH TIME ZONE,
    decision_comment VARCHAR(2000),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT case_termination_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id)
);
CREATE INDEX case_termination_case ON case_termination (case_id);

CREATE SEQUENCE case_reopening_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_reopening (
    id                           BIGINT        NOT NULL PRIMARY KEY,
    case_id                      BIGINT        NOT NULL,
    reason                       VARCHAR(2000) NOT NULL,
    previous_closure_reason      VARCHAR(30),
    previous_closed_at           TIMESTAMP WITH TIME ZONE,
    previous_process_instance_id VARCHAR(64),
    process_instance_id          VARCHAR(64),
    reopened_by                  VARCHAR(64)   NOT NULL,
    reopened_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_reopening_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id)
);
CREATE INDEX case_reopening_case ON case_reopening (case_id);
