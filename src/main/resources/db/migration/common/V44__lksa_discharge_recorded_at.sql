-- When a discharge was recorded (the discharge date is the day the child left, often entered later). The case
-- timeline places the discharge at this instant; stays discharged before this column existed have none.
ALTER TABLE lksa_residence ADD COLUMN discharge_recorded_at TIMESTAMP WITH TIME ZONE;
