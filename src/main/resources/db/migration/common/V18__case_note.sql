-- Free-text notes the unit adds to a case file (home visit impressions, phone calls, agreements).
CREATE SEQUENCE case_note_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_note (
    id         BIGINT        NOT NULL PRIMARY KEY,
    case_id    BIGINT        NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    author     VARCHAR(64)   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_note_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id)
);
CREATE INDEX case_note_case ON case_note (case_id);
