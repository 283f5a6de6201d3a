-- Pre-aggregated task stages for the timeliness report's SOP-compliance figure (ADR 0036).
--
-- task_stage_part: one row per user task with a due date of a case's process instances (the case process and its
-- referral processes, whose business key is the case number): the case's region and year of receipt (in the unit's
-- time zone), the task definition, its due date as the engine stores it, and its state: OPEN, ON_TIME (completed by
-- its due date) or LATE (completed after it). A task that ended without being completed (cancelled with its
-- process) has no row. Rewritten whenever a task of the case is created, completed, deleted or gets another due
-- date, and when the case moves or its receipt changes. Rows of tasks whose engine history was removed (history
-- time to live, a deletion in Cockpit) stay: the report keeps counting them.
CREATE TABLE task_stage_part (
    task_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
    case_id       BIGINT       NOT NULL,
    regency_code  VARCHAR(4)   NOT NULL,
    district_code VARCHAR(6),
    village_code  VARCHAR(10),
    receipt_year  INT          NOT NULL,
    task_key      VARCHAR(255) NOT NULL,
    due_date      TIMESTAMP    NOT NULL,
    status        VARCHAR(8)   NOT NULL,
    CONSTRAINT task_stage_part_status_check CHECK (status IN ('OPEN', 'ON_TIME', 'LATE'))
);
CREATE INDEX task_stage_part_case ON task_stage_part (case_id);
-- Open tasks are counted from the parts at report time ("open past the due date" depends on the hour).
CREATE INDEX task_stage_part_open ON task_stage_part (status, regency_code, receipt_year, task_key, due_date);
CREATE INDEX task_stage_part_district ON task_stage_part (district_code, receipt_year);
CREATE INDEX task_stage_part_village ON task_stage_part (village_code, receipt_year);

-- Completed tasks per regency, year of receipt and task definition, and how many of them by their due date. Kept by
-- adding each change's difference in the transaction of the change.
CREATE TABLE task_stage_sums (
    regency_code VARCHAR(4)   NOT NULL,
    receipt_year INT          NOT NULL,
    task_key     VARCHAR(255) NOT NULL,
    completed    BIGINT       NOT NULL,
    on_time      BIGINT       NOT NULL,
    CONSTRAINT task_stage_sums_pk PRIMARY KEY (regency_code, receipt_year, task_key)
);

-- Tallies still to be built from the existing data at the next start (in the background; ADR 0036). A marker row,
-- not "the parts are empty": a task changed before the build began would otherwise make the build look done.
CREATE TABLE report_tally_build (
    tally VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO report_tally_build (tally) VALUES ('task-stages');
