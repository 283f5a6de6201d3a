-- Daily attendance of LKSA residents (issue 10, docs/adr/0019-lksa-residents.md): one row per stay and day (the
-- institution's local date), written again when staff correct it the same day. The device's location and its
-- distance from the institution are kept; a location further than allowed, or none, needs a reason.
CREATE SEQUENCE lksa_attendance_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE lksa_attendance (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    residence_id        BIGINT        NOT NULL REFERENCES lksa_residence (id),
    institution_id      BIGINT        NOT NULL REFERENCES lksa_institution (id),
    attendance_date     DATE          NOT NULL,
    status              VARCHAR(12)   NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    accuracy_m          DOUBLE PRECISION,
    distance_m          DOUBLE PRECISION,
    location_reason     VARCHAR(500),
    version             BIGINT        NOT NULL,
    CONSTRAINT lksa_attendance_one_a_day UNIQUE (residence_id, attendance_date)
);
CREATE INDEX lksa_attendance_institution ON lksa_attendance (institution_id, attendance_date);
