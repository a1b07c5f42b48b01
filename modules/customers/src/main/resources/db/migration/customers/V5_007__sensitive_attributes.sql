-- Attributes a tenant declares SENSITIVE: their values are sealed per customer like birth dates.
CREATE TABLE customers_sensitive_attribute (
    tenant_id  CHAR(36)    NOT NULL,
    id         CHAR(36)    NOT NULL,
    name       VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_customers_sensitive_attribute (tenant_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE customers_customer ADD COLUMN sealed_attributes TEXT NULL AFTER attributes;
