-- Webhook endpoints of each tenant and the deliveries to them (#21). Secrets are sealed (AES-GCM,
-- bound to the endpoint's id); during a rotation the previous secret keeps signing until
-- previous_secret_until. An endpoint is disabled after the tenant's number of failures in a row.
CREATE TABLE webhooks_endpoint (
    tenant_id             CHAR(36)      NOT NULL,
    id                    CHAR(36)      NOT NULL,
    url                   VARCHAR(2000) NOT NULL,
    description           VARCHAR(500)  NULL,
    event_types           VARCHAR(1000) NOT NULL,
    secret_sealed         VARCHAR(200)  NOT NULL,
    previous_secret_sealed VARCHAR(200) NULL,
    previous_secret_until DATETIME(6)   NULL,
    enabled               BOOLEAN       NOT NULL,
    disabled_reason       VARCHAR(200)  NULL,
    failures_in_a_row     INT           NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    created_by            VARCHAR(36)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_webhooks_endpoint_tenant (tenant_id, enabled)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One message to one endpoint; its id is the webhook-id the receiver sees on every attempt.
CREATE TABLE webhooks_delivery (
    tenant_id    CHAR(36)     NOT NULL,
    id           CHAR(36)     NOT NULL,
    endpoint_id  CHAR(36)     NOT NULL,
    event_type   VARCHAR(60)  NOT NULL,
    payload      MEDIUMTEXT   NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    attempts     INT          NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_attempt_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    KEY ix_webhooks_delivery_endpoint (tenant_id, endpoint_id, id),
    CONSTRAINT fk_webhooks_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhooks_endpoint (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Each attempt of a delivery: the receiver's status code (null when none came), how long it took, the error.
CREATE TABLE webhooks_attempt (
    tenant_id    CHAR(36)      NOT NULL,
    id           CHAR(36)      NOT NULL,
    delivery_id  CHAR(36)      NOT NULL,
    attempted_at DATETIME(6)   NOT NULL,
    status_code  INT           NULL,
    duration_ms  BIGINT        NOT NULL,
    error        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_webhooks_attempt_delivery (tenant_id, delivery_id, id),
    CONSTRAINT fk_webhooks_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhooks_delivery (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
