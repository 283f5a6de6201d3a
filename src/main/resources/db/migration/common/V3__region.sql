-- Indonesian administrative regions (Kemendagri codes): province (2 digits), regency (4),
-- district/kecamatan (6), village/desa/kelurahan (10). Each code starts with its parent's code.
-- Reference data, loaded by db.migration.common.V4__LoadRegions from reference/regions/*.csv
-- (ODbL v1.0, see reference/regions/README.md).
CREATE TABLE region (
    code        VARCHAR(10)  NOT NULL,
    parent_code VARCHAR(10),
    level       VARCHAR(10)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT region_pk PRIMARY KEY (code),
    CONSTRAINT region_level_ck CHECK (level IN ('PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE'))
);

CREATE INDEX region_parent_code_idx ON region (parent_code);
