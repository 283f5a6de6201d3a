-- Prevention activities can be corrected: who changed one last and when (the creator stays in created_by).
ALTER TABLE prevention_activity ADD COLUMN updated_by VARCHAR(64);
ALTER TABLE prevention_activity ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
