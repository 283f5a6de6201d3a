-- The access log: every read of a case file and every case list query through /api, allowed or refused,
-- with who, when, from which address, which case (or which filters and how many matched) and the outcome.
-- Ids and codes only: never a child's identity.
CREATE SEQUENCE access_log_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE access_log (
    id           BIGINT       NOT NULL PRIMARY KEY,
    accessed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id      VARCHAR(64)  NOT NULL,
    client_ip    VARCHAR(45),
    action       VARCHAR(120) NOT NULL,
    case_id      BIGINT,
    filters      VARCHAR(300),
    result_count BIGINT,
    outcome      VARCHAR(12)  NOT NULL,
    http_status  INT          NOT NULL
);
CREATE INDEX access_log_case ON access_log (case_id, accessed_at);
CREATE INDEX access_log_user ON access_log (user_id, accessed_at);
CREATE INDEX access_log_time ON access_log (accessed_at);
