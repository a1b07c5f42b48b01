-- Staff accounts, roles and grants. Every row carries its tenant; every unique key includes it.
CREATE TABLE identity_staff (
    tenant_id     CHAR(36)     NOT NULL,
    id            CHAR(36)     NOT NULL,
    username      VARCHAR(100) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(200) NULL,
    home_store_id CHAR(36)     NULL,
    status        VARCHAR(16)  NOT NULL,
    password_hash VARCHAR(400) NULL,
    mfa_enabled   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_identity_staff_username (tenant_id, username),
    KEY ix_identity_staff_tenant_id (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE identity_role (
    tenant_id   CHAR(36)     NOT NULL,
    id          CHAR(36)     NOT NULL,
    name        VARCHAR(100) NOT NULL,
    permissions TEXT         NOT NULL,
    built_in    BOOLEAN      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_identity_role_name (tenant_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE identity_grant (
    tenant_id   CHAR(36)     NOT NULL,
    id          CHAR(36)     NOT NULL,
    staff_id    CHAR(36)     NOT NULL,
    role_id     CHAR(36)     NOT NULL,
    scope_type  VARCHAR(16)  NOT NULL,
    scope_id    CHAR(36)     NULL,
    valid_from  DATETIME(6)  NOT NULL,
    valid_until DATETIME(6)  NULL,
    reason      VARCHAR(500) NOT NULL,
    granted_by  CHAR(36)     NULL,
    granted_at  DATETIME(6)  NOT NULL,
    revoked_at  DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_identity_grant_staff (tenant_id, staff_id),
    CONSTRAINT fk_identity_grant_staff FOREIGN KEY (staff_id) REFERENCES identity_staff (id),
    CONSTRAINT fk_identity_grant_role FOREIGN KEY (role_id) REFERENCES identity_role (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
