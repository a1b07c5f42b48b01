-- The breach register (#20): an incident, the customers it affected (chosen by a query when it was
-- registered), each rule pack involved with its notification deadline counted from discovery, and
-- the notifications owed (to each pack's authority, to the individuals where the pack requires).
CREATE TABLE requests_breach (
    tenant_id       CHAR(36)      NOT NULL,
    id              CHAR(36)      NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    discovered_at   DATETIME(6)   NOT NULL,
    data_categories VARCHAR(1000) NOT NULL,
    high_risk       BOOLEAN       NOT NULL,
    selection       TEXT          NOT NULL,
    affected_count  INT           NOT NULL,
    registered_at   DATETIME(6)   NOT NULL,
    registered_by   CHAR(36)      NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_requests_breach_tenant (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per pack the affected customers live under: what its law asks of this breach.
CREATE TABLE requests_breach_pack (
    tenant_id            CHAR(36)     NOT NULL,
    id                   CHAR(36)     NOT NULL,
    breach_id            CHAR(36)     NOT NULL,
    pack_code            VARCHAR(16)  NOT NULL,
    affected_count       INT          NOT NULL,
    notification_hours   INT          NULL,
    notify_by            DATETIME(6)  NULL,
    authority_notice     BOOLEAN      NOT NULL,
    individuals_notice   BOOLEAN      NOT NULL,
    basis                VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_requests_breach_pack (breach_id, pack_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE requests_breach_task (
    tenant_id    CHAR(36)     NOT NULL,
    id           CHAR(36)     NOT NULL,
    breach_id    CHAR(36)     NOT NULL,
    pack_code    VARCHAR(16)  NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    due_at       DATETIME(6)  NULL,
    completed_at DATETIME(6)  NULL,
    completed_by CHAR(36)     NULL,
    note         VARCHAR(1000) NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_requests_breach_task (breach_id, pack_code, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The affected customers by pseudonymous id, with the pack they were counted under.
CREATE TABLE requests_breach_customer (
    tenant_id   CHAR(36)    NOT NULL,
    breach_id   CHAR(36)    NOT NULL,
    customer_id CHAR(36)    NOT NULL,
    pack_code   VARCHAR(16) NOT NULL,
    PRIMARY KEY (breach_id, customer_id),
    KEY ix_requests_breach_customer_tenant (tenant_id, customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
