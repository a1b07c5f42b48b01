-- Double opt-in (#20): a consent to e-mail marketing waits as a PENDING event until the customer
-- follows the link mailed to them. The link's token is kept only as its SHA-256; it works once,
-- until expires_at. confirmed_event_id is the GRANTED event the click recorded.
CREATE TABLE consent_confirmation (
    tenant_id          CHAR(36)    NOT NULL,
    id                 CHAR(36)    NOT NULL,
    token_sha256       CHAR(64)    NOT NULL,
    customer_id        CHAR(36)    NOT NULL,
    pending_event_id   CHAR(36)    NOT NULL,
    expires_at         DATETIME(6) NOT NULL,
    confirmed_at       DATETIME(6) NULL,
    confirmed_event_id CHAR(36)    NULL,
    version            BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_consent_confirmation_token (token_sha256),
    KEY ix_consent_confirmation_customer (tenant_id, customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
