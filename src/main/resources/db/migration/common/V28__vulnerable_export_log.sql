-- Every handover-list export of the vulnerable registry: who, when, what (format, filters, rows) and why
-- (the purpose the exporter typed). Kept as the audit record; listed for supervisors, heads and administrators.
CREATE SEQUENCE vulnerable_export_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE vulnerable_export (
    id           BIGINT        NOT NULL PRIMARY KEY,
    exported_by  VARCHAR(64)   NOT NULL,
    exported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the exporter's unit regencies as ",3504," (who of which unit may read the row)
    owner_units  VARCHAR(200)  NOT NULL,
    format       VARCHAR(10)   NOT NULL,
    purpose      VARCHAR(500)  NOT NULL,
    filters      VARCHAR(1000) NOT NULL,
    row_count    INTEGER       NOT NULL
);
CREATE INDEX vulnerable_export_at ON vulnerable_export (exported_at);
