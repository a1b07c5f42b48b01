-- First answers to creating requests, replayed for retries with the same Idempotency-Key (24 h).
CREATE TABLE platform_idempotency (
    caller_scope        VARCHAR(120) NOT NULL,
    idempotency_key     VARCHAR(255) NOT NULL,
    request_fingerprint CHAR(64)     NOT NULL,
    status              SMALLINT     NOT NULL,
    location            VARCHAR(500) NULL,
    body                MEDIUMTEXT   NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (caller_scope, idempotency_key),
    KEY ix_platform_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
