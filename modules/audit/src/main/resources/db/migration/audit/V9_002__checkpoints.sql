-- Signed heads of each tenant's chain: evidence against a cut or rewritten chain, and the anchor
-- from which a chain purged under retention still verifies.
CREATE TABLE audit_checkpoint (
    tenant_id CHAR(36)    NOT NULL,
    id        CHAR(36)    NOT NULL,
    seq       BIGINT      NOT NULL,
    hash      CHAR(64)    NOT NULL,
    at_ms     BIGINT      NOT NULL,
    signature TEXT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_audit_checkpoint_seq (tenant_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
