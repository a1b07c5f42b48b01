-- OpenID Connect single sign-on (#21): a tenant's providers, the external identities bound to its
-- staff, its SSO-only policy, and the sign-ins under way (state, nonce, PKCE verifier) that any
-- instance may finish.
CREATE TABLE identity_sso_provider (
    tenant_id     CHAR(36)      NOT NULL,
    id            CHAR(36)      NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    issuer        VARCHAR(500)  NOT NULL,
    client_id     VARCHAR(255)  NOT NULL,
    client_secret VARCHAR(1000) NOT NULL,
    scopes        VARCHAR(500)  NOT NULL,
    match_by      VARCHAR(16)   NOT NULL,
    create_staff  BOOLEAN       NOT NULL,
    trusted_acr   VARCHAR(1000) NOT NULL,
    trusted_amr   VARCHAR(500)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_identity_sso_provider_name (tenant_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE identity_sso_link (
    tenant_id   CHAR(36)     NOT NULL,
    id          CHAR(36)     NOT NULL,
    provider_id CHAR(36)     NOT NULL,
    subject     VARCHAR(255) NOT NULL,
    staff_id    CHAR(36)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_identity_sso_link_subject (tenant_id, provider_id, subject),
    CONSTRAINT fk_identity_sso_link_provider FOREIGN KEY (provider_id) REFERENCES identity_sso_provider (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_identity_sso_link_staff FOREIGN KEY (staff_id) REFERENCES identity_staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- At most one row per tenant (its id is the tenant's); no row: password login for everyone.
CREATE TABLE identity_sso_policy (
    tenant_id        CHAR(36)      NOT NULL,
    id               CHAR(36)      NOT NULL,
    sso_only         BOOLEAN       NOT NULL,
    emergency_admins VARCHAR(2000) NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_identity_sso_policy_tenant (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per sign-in begun: found by the hash of the state's secret, deleted when it is used.
CREATE TABLE identity_sso_attempt (
    tenant_id     CHAR(36)     NOT NULL,
    id            CHAR(64)     NOT NULL,
    provider_id   CHAR(36)     NOT NULL,
    nonce         VARCHAR(100) NOT NULL,
    code_verifier VARCHAR(200) NOT NULL,
    browser_hash  CHAR(64)     NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_identity_sso_attempt_expiry (expires_at),
    CONSTRAINT fk_identity_sso_attempt_provider FOREIGN KEY (provider_id) REFERENCES identity_sso_provider (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
