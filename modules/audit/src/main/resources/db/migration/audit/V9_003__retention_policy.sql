-- How long each tenant keeps its audit trail (no row: for ever).
CREATE TABLE audit_retention_policy (
    tenant_id      CHAR(36) NOT NULL,
    retention_days INT      NOT NULL,
    PRIMARY KEY (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
