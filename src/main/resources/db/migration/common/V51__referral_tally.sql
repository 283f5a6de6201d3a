-- Pre-aggregated referral outcomes for the referral report (ADR 0033).
--
-- referral_tally_part: what one referral contributes to the report, per agency it was sent to, with the case's
-- region and year of receipt (in the unit's time zone). Rewritten whenever the referral changes status, its case
-- closes (which cancels its open referrals) or moves; district and village reports sum these rows.
CREATE TABLE referral_tally_part (
    referral_id      BIGINT      NOT NULL,
    agency_code      VARCHAR(40) NOT NULL,
    case_id          BIGINT      NOT NULL,
    regency_code     VARCHAR(4)  NOT NULL,
    district_code    VARCHAR(6),
    village_code     VARCHAR(10),
    receipt_year     INT         NOT NULL,
    sent             INT         NOT NULL,
    accepted         INT         NOT NULL,
    declined         INT         NOT NULL,
    completed        INT         NOT NULL,
    not_completed    INT         NOT NULL,
    cancelled        INT         NOT NULL,
    in_progress      INT         NOT NULL,
    overdue_verified INT         NOT NULL,
    open_target      DATE,
    done_days        INT,
    CONSTRAINT referral_tally_part_pk PRIMARY KEY (referral_id, agency_code)
);
CREATE INDEX referral_tally_part_district ON referral_tally_part (district_code, receipt_year);
CREATE INDEX referral_tally_part_village ON referral_tally_part (village_code, receipt_year);
CREATE INDEX referral_tally_part_case ON referral_tally_part (case_id);

-- The sums of the parts per regency, year of receipt and agency (province and regency reports read these), kept
-- by adding each change's difference in the transaction of the change.
CREATE TABLE referral_tally_events (
    regency_code VARCHAR(4)  NOT NULL,
    receipt_year INT         NOT NULL,
    agency_code  VARCHAR(40) NOT NULL,
    sent         BIGINT      NOT NULL,
    accepted     BIGINT      NOT NULL,
    declined     BIGINT      NOT NULL,
    CONSTRAINT referral_tally_events_pk PRIMARY KEY (regency_code, receipt_year, agency_code)
);

CREATE TABLE referral_tally_states (
    regency_code     VARCHAR(4)  NOT NULL,
    receipt_year     INT         NOT NULL,
    agency_code      VARCHAR(40) NOT NULL,
    completed        BIGINT      NOT NULL,
    not_completed    BIGINT      NOT NULL,
    cancelled        BIGINT      NOT NULL,
    in_progress      BIGINT      NOT NULL,
    overdue_verified BIGINT      NOT NULL,
    CONSTRAINT referral_tally_states_pk PRIMARY KEY (regency_code, receipt_year, agency_code)
);

-- Referrals still open at the agency, by target date (overdue depends on the day the report is read).
CREATE TABLE referral_tally_open (
    regency_code VARCHAR(4)  NOT NULL,
    receipt_year INT         NOT NULL,
    agency_code  VARCHAR(40) NOT NULL,
    target_date  DATE        NOT NULL,
    referrals    BIGINT      NOT NULL,
    CONSTRAINT referral_tally_open_pk PRIMARY KEY (regency_code, receipt_year, agency_code, target_date)
);

-- Completed referrals by whole days from sending to verification (the median is taken from these counts).
CREATE TABLE referral_tally_days (
    regency_code VARCHAR(4)  NOT NULL,
    receipt_year INT         NOT NULL,
    agency_code  VARCHAR(40) NOT NULL,
    days         INT         NOT NULL,
    referrals    BIGINT      NOT NULL,
    CONSTRAINT referral_tally_days_pk PRIMARY KEY (regency_code, receipt_year, agency_code, days)
);

-- One row: live changes take it shared, a rebuild exclusively (a rebuild never interleaves with a change).
CREATE TABLE referral_tally_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO referral_tally_lock (id) VALUES (1);
