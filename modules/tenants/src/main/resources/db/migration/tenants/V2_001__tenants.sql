-- The registry of store chains: the one table that is not itself tenant-owned.
CREATE TABLE tenants_tenant (
    id                   CHAR(36)     NOT NULL,
    slug                 VARCHAR(40)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    headquarters_country CHAR(2)      NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_tenants_tenant_slug (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
