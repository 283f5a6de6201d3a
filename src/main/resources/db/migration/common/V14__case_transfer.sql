-- Cases handed over to the unit of another regency (the family moved): from where to where, by whom, when
-- and why. The case keeps its id, number and history; this row is the audit record of both units.
CREATE SEQUENCE case_transfer_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_transfer (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    case_id                BIGINT        NOT NULL,
    case_number            VARCHAR(40)   NOT NULL,
    from_regency           VARCHAR(4)    NOT NULL,
    from_district          VARCHAR(6),
    from_village           VARCHAR(10),
    to_regency             VARCHAR(4)    NOT NULL,
    to_district            VARCHAR(6),
    to_village             VARCHAR(10),
    previous_caseworker_id VARCHAR(64),
    reason                 VARCHAR(1000) NOT NULL,
    transferred_by         VARCHAR(64)   NOT NULL,
    transferred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_transfer_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id)
);
CREATE INDEX case_transfer_case ON case_transfer (case_id, transferred_at);
CREATE INDEX case_transfer_from ON case_transfer (from_regency, transferred_at);
CREATE INDEX case_transfer_to ON case_transfer (to_regency, transferred_at);
