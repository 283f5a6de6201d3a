-- Pre-aggregated durations for the timeliness report (ADR 0034).
--
-- timeliness_tally_part: what one case contributes to the report: its region, year of receipt (in the unit's time
-- zone) and the three durations from receipt, in whole tenths of a day (floor): to triage, to the first referral
-- verified as done, to termination (closures at triage excluded). A case with none of the three has no row.
-- Rewritten whenever the case is triaged, closed, reopened, imported or moved, or one of its referrals changes
-- status; district and village reports read these rows.
CREATE TABLE timeliness_tally_part (
    case_id             BIGINT     NOT NULL PRIMARY KEY,
    regency_code        VARCHAR(4) NOT NULL,
    district_code       VARCHAR(6),
    village_code        VARCHAR(10),
    receipt_year        INT        NOT NULL,
    triage_tenths       INT,
    referral_tenths     INT,
    termination_tenths  INT
);
CREATE INDEX timeliness_tally_part_district ON timeliness_tally_part (district_code, receipt_year);
CREATE INDEX timeliness_tally_part_village ON timeliness_tally_part (village_code, receipt_year);

-- How many cases per regency, year of receipt, measure (TRIAGE, REFERRAL, TERMINATION) and duration in tenths of
-- a day: a histogram, from which the report takes median and 90th percentile. Kept by adding each change's
-- difference in the transaction of the change.
CREATE TABLE timeliness_tally_sums (
    regency_code VARCHAR(4)  NOT NULL,
    receipt_year INT         NOT NULL,
    measure      VARCHAR(12) NOT NULL,
    tenths       INT         NOT NULL,
    cases        BIGINT      NOT NULL,
    CONSTRAINT timeliness_tally_sums_pk PRIMARY KEY (regency_code, receipt_year, measure, tenths)
);
