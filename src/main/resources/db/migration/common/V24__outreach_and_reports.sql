-- Outreach visits (penjangkauan): one visit of the unit to a village, how many children it reached and what
-- was done. Written by the outreach process and by the historical import (source_id makes a re-import skip
-- rows it already has). Region codes: the village (10 digits) and the district and regency derived from it.
CREATE SEQUENCE outreach_visit_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE outreach_visit (
    id               BIGINT        NOT NULL PRIMARY KEY,
    visit_date       DATE          NOT NULL,
    regency_code     VARCHAR(4)    NOT NULL,
    district_code    VARCHAR(6)    NOT NULL,
    village_code     VARCHAR(10)   NOT NULL,
    children_reached INT           NOT NULL,
    activity         VARCHAR(2000),
    source_id        VARCHAR(100),
    historical       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT outreach_visit_source_unique UNIQUE (source_id),
    CONSTRAINT outreach_visit_children_check CHECK (children_reached >= 0)
);
-- Reports: the scope predicate (regency, district or village equality) followed by the date range.
CREATE INDEX outreach_visit_regency_date ON outreach_visit (regency_code, visit_date);
CREATE INDEX outreach_visit_district_date ON outreach_visit (district_code, visit_date);
CREATE INDEX outreach_visit_village_date ON outreach_visit (village_code, visit_date);

-- Reports count cases by region and time of receipt (docs/reports.md): regency or district equality, then the
-- receipt range; the category rides along so that the count per category is read from the index alone.
CREATE INDEX child_case_report_regency ON child_case (regency_code, received_at, primary_category);
CREATE INDEX child_case_report_district ON child_case (district_code, received_at, primary_category);
