-- When the customer last did something (a purchase recorded, a consent given or withdrawn, a
-- privacy request): the retention job erases customers inactive past their pack's
-- retentionMaxDays. Existing customers count from their creation.
ALTER TABLE customers_customer ADD COLUMN last_active_at DATETIME(6) NULL AFTER created_at;
UPDATE customers_customer SET last_active_at = created_at;
ALTER TABLE customers_customer MODIFY last_active_at DATETIME(6) NOT NULL;
CREATE INDEX ix_customers_inactive ON customers_customer (tenant_id, pack_code, last_active_at);
