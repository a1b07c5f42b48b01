-- Revocation details on grants; teams; the second factor; login lockout counters.
ALTER TABLE identity_grant
    ADD COLUMN revoked_by    CHAR(36)     NULL,
    ADD COLUMN revoke_reason VARCHAR(500) NULL;

CREATE TABLE identity_team (
    tenant_id  CHAR(36)     NOT NULL,
    id         CHAR(36)     NOT NULL,
    name       VARCHAR(100) NOT NULL,
    store_id   CHAR(36)     NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_identity_team_tenant (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE identity_team_member (
    tenant_id CHAR(36) NOT NULL,
    team_id   CHAR(36) NOT NULL,
    staff_id  CHAR(36) NOT NULL,
    PRIMARY KEY (team_id, staff_id),
    KEY ix_identity_team_member_staff (tenant_id, staff_id),
    CONSTRAINT fk_identity_team_member_team FOREIGN KEY (team_id) REFERENCES identity_team (id),
    CONSTRAINT fk_identity_team_member_staff FOREIGN KEY (staff_id) REFERENCES identity_staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE identity_totp (
    tenant_id      CHAR(36)     NOT NULL,
    staff_id       CHAR(36)     NOT NULL,
    sealed_secret  VARCHAR(200) NOT NULL,
    confirmed      BOOLEAN      NOT NULL DEFAULT FALSE,
    last_used_step BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (staff_id),
    CONSTRAINT fk_identity_totp_staff FOREIGN KEY (staff_id) REFERENCES identity_staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE identity_recovery_code (
    tenant_id CHAR(36)    NOT NULL,
    id        CHAR(36)    NOT NULL,
    staff_id  CHAR(36)    NOT NULL,
    code_hash CHAR(64)    NOT NULL,
    used_at   DATETIME(6) NULL,
    PRIMARY KEY (id),
    KEY ix_identity_recovery_code_staff (tenant_id, staff_id, code_hash),
    CONSTRAINT fk_identity_recovery_code_staff FOREIGN KEY (staff_id) REFERENCES identity_staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Not tenant-owned: keyed by a keyed hash of (store chain slug, username), known or not.
CREATE TABLE identity_login_throttle (
    key_hash        CHAR(64)    NOT NULL,
    failures        INT         NOT NULL,
    locked_until    DATETIME(6) NULL,
    last_failure_at DATETIME(6) NOT NULL,
    PRIMARY KEY (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
