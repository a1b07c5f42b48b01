-- The purchase summary beside lifetime value and loyalty points: FINANCIAL, sealed like them.
ALTER TABLE customers_customer ADD COLUMN sealed_purchase_count VARCHAR(200) NULL AFTER sealed_loyalty_points;
ALTER TABLE customers_customer ADD COLUMN sealed_last_purchase_on VARCHAR(200) NULL AFTER sealed_purchase_count;
