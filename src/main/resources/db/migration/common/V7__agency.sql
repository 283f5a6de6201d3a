-- Partner agencies (mitra layanan) that receive referrals: each has a Camunda group agency-<code>
-- that its referral tasks are assigned to, the regencies it serves and the service types it gives
-- (codes of reference/service-types.csv). Deactivated agencies stay for the history of past referrals.
CREATE TABLE agency (
    code     VARCHAR(40)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    group_id VARCHAR(64)  NOT NULL,
    email    VARCHAR(254) NOT NULL,
    phone    VARCHAR(40),
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    version  BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT agency_pk PRIMARY KEY (code),
    CONSTRAINT agency_group_unique UNIQUE (group_id)
);

CREATE TABLE agency_regency (
    agency_code  VARCHAR(40) NOT NULL,
    regency_code VARCHAR(4)  NOT NULL,
    CONSTRAINT agency_regency_pk PRIMARY KEY (agency_code, regency_code),
    CONSTRAINT agency_regency_agency_fk FOREIGN KEY (agency_code) REFERENCES agency (code) ON DELETE CASCADE,
    CONSTRAINT agency_regency_region_fk FOREIGN KEY (regency_code) REFERENCES region (code)
);
-- "Which agencies serve this regency": the primary key leads with the agency.
CREATE INDEX agency_regency_regency ON agency_regency (regency_code);

CREATE TABLE agency_service_type (
    agency_code  VARCHAR(40) NOT NULL,
    service_type VARCHAR(40) NOT NULL,
    CONSTRAINT agency_service_type_pk PRIMARY KEY (agency_code, service_type),
    CONSTRAINT agency_service_type_agency_fk FOREIGN KEY (agency_code) REFERENCES agency (code) ON DELETE CASCADE
);
CREATE INDEX agency_service_type_service ON agency_service_type (service_type);
