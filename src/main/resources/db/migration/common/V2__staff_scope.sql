-- The region scope of every staff account: region codes at province (2), regency (4),
-- district (6) or village (10 digits) level. Roles and unit membership are Camunda groups.
CREATE TABLE staff_scope (
    user_id     VARCHAR(64) NOT NULL,
    region_code VARCHAR(10) NOT NULL,
    CONSTRAINT staff_scope_pk PRIMARY KEY (user_id, region_code)
);
