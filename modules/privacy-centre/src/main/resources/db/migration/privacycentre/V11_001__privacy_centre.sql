-- The privacy centre (#20): the ways in staff hand a customer (a link sent, a code printed at the
-- till), the customers' sessions, and redemption attempts. Secrets are kept as SHA-256 hashes only.
CREATE TABLE centre_pass (
    tenant_id      CHAR(36)    NOT NULL,
    id             CHAR(36)    NOT NULL,
    kind           VARCHAR(4)  NOT NULL,
    secret_sha256  CHAR(64)    NOT NULL,
    customer_id    CHAR(36)    NOT NULL,
    issued_at      DATETIME(6) NOT NULL,
    issued_by      VARCHAR(36) NOT NULL,
    expires_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_centre_pass_secret (tenant_id, secret_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A customer's session: the cookie's hash, so that any instance can resume it; idle_until moves on
-- with each request, ends_at never.
CREATE TABLE centre_session (
    tenant_id      CHAR(36)    NOT NULL,
    id             CHAR(36)    NOT NULL,
    token_sha256   CHAR(64)    NOT NULL,
    customer_id    CHAR(36)    NOT NULL,
    pass_id        CHAR(36)    NOT NULL,
    started_at     DATETIME(6) NOT NULL,
    idle_until     DATETIME(6) NOT NULL,
    ends_at        DATETIME(6) NOT NULL,
    ended_at       DATETIME(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_centre_session_token (tenant_id, token_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Redemption attempts per tenant, bucket (a client address, a code's hash) and fixed window,
-- counted by an atomic upsert so that the limits hold across instances.
CREATE TABLE centre_attempt (
    tenant_id      CHAR(36)    NOT NULL,
    bucket         VARCHAR(80) NOT NULL,
    window_start   DATETIME(6) NOT NULL,
    attempts       INT         NOT NULL,
    PRIMARY KEY (tenant_id, bucket, window_start),
    KEY ix_centre_attempt_window (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
