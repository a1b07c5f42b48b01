-- A tenant's settings document (WAVE2 "Tenant settings"): one row per tenant, written on its first
-- change; a tenant without a row has the defaults. `document` is the whole typed document as JSON,
-- `version` its ETag.
CREATE TABLE tenants_settings (
    tenant_id  CHAR(36)    NOT NULL,
    id         CHAR(36)    NOT NULL,
    document   TEXT        NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    updated_by CHAR(36)    NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_tenants_settings_tenant (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
