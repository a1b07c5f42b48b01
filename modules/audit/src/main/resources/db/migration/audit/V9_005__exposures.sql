-- Customers an entry exposed besides its target (list pages, segment pages): a customer's access
-- log finds those entries here. The entry's details name the same customers, inside the chain.
CREATE TABLE audit_exposure (
    tenant_id   CHAR(36) NOT NULL,
    customer_id CHAR(36) NOT NULL,
    entry_id    CHAR(36) NOT NULL,
    PRIMARY KEY (tenant_id, customer_id, entry_id),
    KEY ix_audit_exposure_entry (tenant_id, entry_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
