-- Import jobs (issue 7): one mechanism for every import of the product; kind 'persons' first, historical cases
-- and outreach visits later. The job row is the import's audit record and is kept: who, when, which file
-- (name, size, SHA-256), the importer's region scope, and the counts. While a job runs, its file is kept in
-- import_job_chunk so that any node can run or resume it; a node claims a job with a lease (claimed_by,
-- claimed_until), renewed after every batch, like the notification outbox (ADR 0008). See ADR 0015.
CREATE TABLE import_job (
    id             VARCHAR(36)   NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    file_size      BIGINT        NOT NULL,
    file_sha256    VARCHAR(64)   NOT NULL,
    separator      VARCHAR(1)    NOT NULL,
    header         VARCHAR(4000) NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    -- Regencies of the importer's unit groups ('3504' or '3503,3504'; empty for none): their supervisors read the job.
    owner_units    VARCHAR(200)  NOT NULL,
    -- The importer's region scope at upload, comma-separated; NULL: any region (administrator).
    scope_codes    VARCHAR(4000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    total_rows     BIGINT        NOT NULL,
    processed_rows BIGINT        NOT NULL DEFAULT 0,
    imported_rows  BIGINT        NOT NULL DEFAULT 0,
    skipped_rows   BIGINT        NOT NULL DEFAULT 0,
    rejected_rows  BIGINT        NOT NULL DEFAULT 0,
    attempts       INT           NOT NULL DEFAULT 0,
    claimed_by     VARCHAR(100),
    claimed_until  TIMESTAMP WITH TIME ZONE,
    failure        VARCHAR(1000),
    CONSTRAINT import_job_pk PRIMARY KEY (id),
    CONSTRAINT import_job_status_check CHECK (status IN ('RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX import_job_due ON import_job (status, claimed_until);
CREATE INDEX import_job_creator ON import_job (created_by, created_at);

-- The uploaded file in pieces of 1 MiB while its job runs; removed when the job ends.
CREATE TABLE import_job_chunk (
    job_id VARCHAR(36) NOT NULL,
    seq    INT         NOT NULL,
    data   BYTEA       NOT NULL,
    CONSTRAINT import_job_chunk_pk PRIMARY KEY (job_id, seq),
    CONSTRAINT import_job_chunk_job_fk FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
);

-- Rejected rows: line number, reason (Bahasa Indonesia) and the row as read (for the rejected-rows CSV).
CREATE TABLE import_job_rejected (
    job_id      VARCHAR(36)   NOT NULL,
    line_number BIGINT        NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    row_text    VARCHAR(4000) NOT NULL,
    CONSTRAINT import_job_rejected_pk PRIMARY KEY (job_id, line_number),
    CONSTRAINT import_job_rejected_job_fk FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
);
