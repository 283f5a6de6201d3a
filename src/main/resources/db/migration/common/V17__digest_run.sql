-- The supervisors' daily digest of open deadline breaches: one row per day, claimed by the node that sends it.
CREATE TABLE digest_run (
    run_date DATE                     NOT NULL PRIMARY KEY,
    node     VARCHAR(100)             NOT NULL,
    ran_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
