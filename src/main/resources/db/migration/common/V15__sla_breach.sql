-- Deadline breaches of user tasks: one row per task and escalation level (never twice, also with several
-- nodes), with who was notified, the Cockpit incident raised for it, and when the task was done.
CREATE SEQUENCE sla_breach_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sla_breach (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    task_id             VARCHAR(64)  NOT NULL,
    level               INT          NOT NULL,
    task_key            VARCHAR(100) NOT NULL,
    task_name           VARCHAR(200),
    process_instance_id VARCHAR(64)  NOT NULL,
    case_id             BIGINT,
    case_number         VARCHAR(40),
    regency_code        VARCHAR(4),
    stage               VARCHAR(30)  NOT NULL,
    risk                VARCHAR(10),
    assignee            VARCHAR(64),
    candidate_groups    VARCHAR(500),
    notified            VARCHAR(200),
    due_at              TIMESTAMP WITH TIME ZONE,
    breached_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at         TIMESTAMP WITH TIME ZONE,
    resolution          VARCHAR(10),
    incident_id         VARCHAR(64),
    CONSTRAINT sla_breach_task_level UNIQUE (task_id, level)
);
CREATE INDEX sla_breach_open ON sla_breach (regency_code, resolved_at);
