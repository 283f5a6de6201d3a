-- A transfer is proposed by the sending unit and decided by the receiving unit (ADR 0009, "Case transfer"):
-- PROPOSED until the receiving unit accepts or declines it, or the sending unit withdraws it. Transfers made
-- before this change were decided by the sending unit alone at once: they become ACCEPTED, decided by whoever
-- made them, when they made them. transferred_by and transferred_at now hold who proposed the transfer and when.
ALTER TABLE case_transfer ADD COLUMN status VARCHAR(10) DEFAULT 'ACCEPTED' NOT NULL;
ALTER TABLE case_transfer ALTER COLUMN status DROP DEFAULT;
ALTER TABLE case_transfer ADD CONSTRAINT case_transfer_status
    CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'));
ALTER TABLE case_transfer ADD COLUMN decided_by VARCHAR(64);
ALTER TABLE case_transfer ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_transfer ADD COLUMN decision_note VARCHAR(1000);
UPDATE case_transfer SET decided_by = transferred_by, decided_at = transferred_at;
-- The case id while the proposal is open, else null: at most one open proposal per case, also when two
-- nodes take two proposals at the same moment (a unique column admits any number of nulls).
ALTER TABLE case_transfer ADD COLUMN pending_case_id BIGINT;
ALTER TABLE case_transfer ADD CONSTRAINT case_transfer_one_pending UNIQUE (pending_case_id);
-- The Process_CaseTransfer instance in which the receiving unit decides (null for the old rows).
ALTER TABLE case_transfer ADD COLUMN process_instance_id VARCHAR(64);
ALTER TABLE case_transfer ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
