-- The rule pack governing each customer, so lists apply residency and training per pack in SQL.
-- Rows from before it have none and stay out of lists (no release carried any).
ALTER TABLE customers_customer ADD COLUMN pack_code VARCHAR(16) NULL AFTER subdivision;
