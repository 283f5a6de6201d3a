-- Service plans (goals and one planned service per need), their approval, and referrals to partner
-- agencies with the history of every status change.
CREATE SEQUENCE service_plan_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE service_plan (
    id             BIGINT        NOT NULL PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    goals          VARCHAR(4000) NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    drafted_by     VARCHAR(64)   NOT NULL,
    drafted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by     VARCHAR(64),
    decided_at     TIMESTAMP WITH TIME ZONE,
    return_comment VARCHAR(2000),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT service_plan_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id)
);
CREATE INDEX service_plan_case ON service_plan (case_id);

CREATE SEQUENCE planned_service_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE planned_service (
    id           BIGINT       NOT NULL PRIMARY KEY,
    plan_id      BIGINT       NOT NULL,
    position     INT,
    service_type VARCHAR(40)  NOT NULL,
    agency_code  VARCHAR(40)  NOT NULL,
    target_date  DATE         NOT NULL,
    note         VARCHAR(1000),
    CONSTRAINT planned_service_plan_fk FOREIGN KEY (plan_id) REFERENCES service_plan (id) ON DELETE CASCADE
);

CREATE SEQUENCE referral_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE referral (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    case_id             BIGINT       NOT NULL,
    planned_service_id  BIGINT,
    service_type        VARCHAR(40)  NOT NULL,
    agency_code         VARCHAR(40)  NOT NULL,
    regency_code        VARCHAR(4)   NOT NULL,
    target_date         DATE         NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    decline_reason      VARCHAR(1000),
    outcome             VARCHAR(10),
    outcome_note        VARCHAR(2000),
    service_date        DATE,
    process_instance_id VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at        TIMESTAMP WITH TIME ZONE,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT referral_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id),
    CONSTRAINT referral_planned_service_fk FOREIGN KEY (planned_service_id) REFERENCES planned_service (id)
);
CREATE INDEX referral_case ON referral (case_id);
CREATE INDEX referral_agency_status ON referral (agency_code, status);

CREATE TABLE referral_status_change (
    referral_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    agency_code VARCHAR(40)   NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(64)   NOT NULL,
    note        VARCHAR(1000),
    CONSTRAINT referral_status_change_pk PRIMARY KEY (referral_id, position),
    CONSTRAINT referral_status_change_fk FOREIGN KEY (referral_id) REFERENCES referral (id) ON DELETE CASCADE
);
