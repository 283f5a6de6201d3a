-- Pre-aggregated referral outcomes for the referrals report (ADR 0033): one bucket per regency and year of
-- receipt of the case (in the unit's time zone), refreshed from the referral tables whenever a referral of a
-- case of the bucket changes. The bucket row is the lock that serialises refreshes of one bucket.
CREATE TABLE referral_tally_bucket (
    regency_code VARCHAR(4)               NOT NULL,
    receipt_year INT                      NOT NULL,
    refreshed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT referral_tally_bucket_pk PRIMARY KEY (regency_code, receipt_year)
);

-- What happened at each agency (status history): sent, accepted (distinct referrals), declined.
CREATE TABLE referral_tally_events (
    regency_code VARCHAR(4)  NOT NULL,
    receipt_year INT         NOT NULL,
    agency_code  VARCHAR(40) NOT NULL,
    sent         BIGINT      NOT NULL,
    accepted     BIGINT      NOT NULL,
    declined     BIGINT      NOT NULL,
    CONSTRAINT referral_tally_events_pk PRIMARY KEY (regency_code, receipt_year, agency_code)
);

-- Where the referrals stand at the agency that holds them now.
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
