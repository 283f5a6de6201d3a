-- Community child-protection groups (PATBM), their prevention activities, and reports from the public page
-- (docs/adr/0021-community-reports.md). Region codes: the village (10 digits) and the district and regency
-- derived from it, filtered by the region-scope layer (ADR 0012).
CREATE SEQUENCE community_group_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE community_group (
    id             BIGINT        NOT NULL PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    regency_code   VARCHAR(4)    NOT NULL,
    district_code  VARCHAR(6)    NOT NULL,
    village_code   VARCHAR(10)   NOT NULL,
    contact_name   VARCHAR(200)  NOT NULL,
    contact_phone  VARCHAR(20),
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX community_group_regency ON community_group (regency_code);
CREATE INDEX community_group_district ON community_group (district_code);
CREATE INDEX community_group_village ON community_group (village_code);

CREATE TABLE community_group_member (
    group_id      BIGINT        NOT NULL,
    member_index  INT           NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    member_role   VARCHAR(20)   NOT NULL,
    phone         VARCHAR(20),
    PRIMARY KEY (group_id, member_index),
    CONSTRAINT community_group_member_group_fk FOREIGN KEY (group_id) REFERENCES community_group (id)
);

-- Prevention activities (socialisation, parenting class, school visit, other): participants by sex and age group.
CREATE SEQUENCE prevention_activity_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE prevention_activity (
    id             BIGINT        NOT NULL PRIMARY KEY,
    group_id       BIGINT,
    kind           VARCHAR(20)   NOT NULL,
    activity_date  DATE          NOT NULL,
    topic          VARCHAR(300)  NOT NULL,
    regency_code   VARCHAR(4)    NOT NULL,
    district_code  VARCHAR(6)    NOT NULL,
    village_code   VARCHAR(10)   NOT NULL,
    boys           INT           NOT NULL,
    girls          INT           NOT NULL,
    men            INT           NOT NULL,
    women          INT           NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT prevention_activity_group_fk FOREIGN KEY (group_id) REFERENCES community_group (id),
    CONSTRAINT prevention_activity_counts_check CHECK (boys >= 0 AND girls >= 0 AND men >= 0 AND women >= 0)
);
-- The report: the scope predicate (regency, district or village equality) followed by the date range.
CREATE INDEX prevention_activity_regency_date ON prevention_activity (regency_code, activity_date);
CREATE INDEX prevention_activity_district_date ON prevention_activity (district_code, activity_date);
CREATE INDEX prevention_activity_village_date ON prevention_activity (village_code, activity_date);
CREATE INDEX prevention_activity_group ON prevention_activity (group_id);

-- A report from the public page: the case it opened and the SHA-256 of its tracking code (the code itself is
-- only ever shown to the reporter).
CREATE SEQUENCE public_report_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE public_report (
    id             BIGINT        NOT NULL PRIMARY KEY,
    tracking_hash  VARCHAR(64)   NOT NULL,
    case_id        BIGINT        NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT public_report_tracking_unique UNIQUE (tracking_hash),
    CONSTRAINT public_report_case_fk FOREIGN KEY (case_id) REFERENCES child_case (id)
);

-- Rate limits of the public page, shared by every node: hits per bucket (a keyed hash of the client address,
-- a village code) per clock hour (hours since the epoch). Rows of past hours are deleted as new hours begin.
CREATE TABLE public_report_rate (
    bucket       VARCHAR(80)   NOT NULL,
    window_hour  BIGINT        NOT NULL,
    hits         INT           NOT NULL,
    PRIMARY KEY (bucket, window_hour)
);
CREATE INDEX public_report_rate_hour ON public_report_rate (window_hour);

-- The key that signs the page's form tokens and keys the client-address hash: created once by the first node
-- that needs it, read by all.
CREATE TABLE public_report_key (
    id      INT           NOT NULL PRIMARY KEY,
    secret  VARCHAR(128)  NOT NULL
);
