-- Entries are written in their work's transaction without a place in the chain; the chaining
-- (seq, prev_hash, hash) is assigned afterwards, for all of a tenant's waiting entries at once
-- (#18, WAVE2 "Audit appends under load"). Unchained entries are found through
-- uq_audit_entry_seq (tenant_id, seq IS NULL).
ALTER TABLE audit_entry
    MODIFY seq       BIGINT   NULL,
    MODIFY prev_hash CHAR(64) NULL,
    MODIFY hash      CHAR(64) NULL;
