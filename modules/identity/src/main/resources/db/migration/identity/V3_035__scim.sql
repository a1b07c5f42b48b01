-- SCIM provisioning (RFC 7644): the tokens a tenant's identity provider provisions with, stored as
-- SHA-256 of their 256-bit secret, and the provider's own id of each staff member (externalId).
CREATE TABLE identity_scim_token (
    tenant_id    CHAR(36)     NOT NULL,
    id           CHAR(36)     NOT NULL,
    name         VARCHAR(100) NOT NULL,
    secret_hash  CHAR(64)     NOT NULL,
    created_by   CHAR(36)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    rotated_at   DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_identity_scim_token_tenant (tenant_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE identity_staff
    ADD COLUMN external_id VARCHAR(255) NULL,
    ADD CONSTRAINT uq_identity_staff_external_id UNIQUE (tenant_id, external_id);

-- Who revoked a grant is an actor id: a staff id, or scim:<token id> when SCIM offboarded its holder.
ALTER TABLE identity_grant
    MODIFY COLUMN revoked_by VARCHAR(64) NULL;
