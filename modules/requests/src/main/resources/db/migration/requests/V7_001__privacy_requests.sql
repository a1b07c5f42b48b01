-- Data-subject requests. Nothing personal is kept here: the bundle of an access request is
-- assembled when it is fulfilled and handed over, not stored.
CREATE TABLE requests_privacy_request (
    tenant_id        CHAR(36)     NOT NULL,
    id               CHAR(36)     NOT NULL,
    customer_id      CHAR(36)     NOT NULL,
    type             VARCHAR(16)  NOT NULL,
    status           VARCHAR(8)   NOT NULL,
    note             VARCHAR(1000) NULL,
    pack_code        VARCHAR(16)  NOT NULL,
    received_at      DATETIME(6)  NOT NULL,
    due_at           DATETIME(6)  NOT NULL,
    extended_due_at  DATETIME(6)  NULL,
    extension_reason VARCHAR(500) NULL,
    received_by      CHAR(36)     NOT NULL,
    fulfilled_at     DATETIME(6)  NULL,
    fulfilled_by     CHAR(36)     NULL,
    outcome          VARCHAR(1000) NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_requests_status_due (tenant_id, status, due_at),
    KEY ix_requests_customer (tenant_id, customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
