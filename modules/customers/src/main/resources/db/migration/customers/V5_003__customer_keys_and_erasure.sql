-- Each customer gets a key of their own for sealed values (wrapped by the tenant's data key), so
-- erasing one customer can crypto-shred their values. Values sealed before this version were under
-- the tenant key directly; there was no release before it, so none are migrated.
ALTER TABLE customers_customer ADD COLUMN customer_key VARCHAR(120) NULL AFTER attributes;
ALTER TABLE customers_customer ADD COLUMN erased_at DATETIME(6) NULL AFTER deleted_at;
