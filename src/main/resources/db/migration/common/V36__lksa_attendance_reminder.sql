-- Missing-attendance reminders of child welfare institutions (docs/adr/0019-lksa-residents.md, amended): one row per
-- institution and institution-local day, inserted by the node that sends the day's reminder in the same transaction
-- as its outbox messages; the primary key makes every other node (and a second run) skip that institution and day.
CREATE TABLE lksa_attendance_reminder (
    institution_id BIGINT                   NOT NULL REFERENCES lksa_institution (id),
    reminder_date  DATE                     NOT NULL,
    node           VARCHAR(100)             NOT NULL,
    recipients     INT                      NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lksa_attendance_reminder_pk PRIMARY KEY (institution_id, reminder_date)
);
