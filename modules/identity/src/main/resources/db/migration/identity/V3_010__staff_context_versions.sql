-- Versions of what a staff member's access context is built from (#18): one row per staff member
-- (their account, grants, MFA enrolment) and one per tenant, scope '*' (roles and teams, which
-- reach many staff at once). Bumped in the transaction of each change; every request compares its
-- cached context against them with one primary-key read.
CREATE TABLE identity_context_version (
    tenant_id CHAR(36)    NOT NULL,
    scope_id  VARCHAR(36) NOT NULL,
    version   BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, scope_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
