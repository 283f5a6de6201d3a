-- Why a case or person was read (issue 12, docs/adr/0031-access-matrix-and-sessions.md): a code of
-- audit.AccessPurpose, stated by the caller in the X-Terpadu-Purpose header (purpose_stated true) or derived from the
-- request when absent (false). Rows written before this version have no purpose (null).
ALTER TABLE access_log ADD COLUMN purpose VARCHAR(20);
ALTER TABLE access_log ADD COLUMN purpose_stated BOOLEAN;
