-- The per-tenant hash chain and its head. Entries are appended, never updated; the head row is
-- locked by every append, so writers on every instance take turns and the chain never forks.
CREATE TABLE audit_entry (
    tenant_id      CHAR(36)     NOT NULL,
    id             CHAR(36)     NOT NULL,
    seq            BIGINT       NOT NULL,
    at_ms          BIGINT       NOT NULL,
    actor_id       VARCHAR(64)  NOT NULL,
    action         VARCHAR(64)  NOT NULL,
    target_type    VARCHAR(32)  NOT NULL,
    target_id      VARCHAR(64)  NULL,
    decision       VARCHAR(8)   NULL,
    details        MEDIUMTEXT   NOT NULL,
    request_id     VARCHAR(128) NULL,
    client_address VARCHAR(64)  NULL,
    prev_hash      CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_audit_entry_seq (tenant_id, seq),
    KEY ix_audit_entry_actor (tenant_id, actor_id, seq),
    KEY ix_audit_entry_target (tenant_id, target_type, target_id, seq),
    KEY ix_audit_entry_action (tenant_id, action, seq),
    KEY ix_audit_entry_time (tenant_id, at_ms)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE audit_chain_head (
    tenant_id CHAR(36) NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
