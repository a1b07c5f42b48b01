-- Customers under ownership. IDENTITY and CONTACT fields are plain (searched); SENSITIVE and
-- FINANCIAL values are sealed under the tenant's data key, which is stored wrapped by the master key.
CREATE TABLE customers_customer (
    tenant_id             CHAR(36)     NOT NULL,
    id                    CHAR(36)     NOT NULL,
    store_id              CHAR(36)     NOT NULL,
    region_id             CHAR(36)     NULL,
    owner_id              CHAR(36)     NULL,
    team_id               CHAR(36)     NULL,
    given_name            VARCHAR(100) NOT NULL,
    family_name           VARCHAR(100) NOT NULL,
    email                 VARCHAR(254) NULL,
    phone                 VARCHAR(30)  NULL,
    country               CHAR(2)      NOT NULL,
    subdivision           VARCHAR(6)   NULL,
    sealed_birth_date     VARCHAR(200) NULL,
    sealed_lifetime_value VARCHAR(200) NULL,
    sealed_loyalty_points VARCHAR(200) NULL,
    attributes            TEXT         NULL,
    created_at            DATETIME(6)  NOT NULL,
    deleted_at            DATETIME(6)  NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- the scope predicates of lists, each with the id order pages follow
    KEY ix_customers_store (tenant_id, store_id, id),
    KEY ix_customers_region (tenant_id, region_id, id),
    KEY ix_customers_team (tenant_id, team_id, id),
    KEY ix_customers_owner (tenant_id, owner_id, id),
    KEY ix_customers_tenant (tenant_id, id),
    KEY ix_customers_family_name (tenant_id, family_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Not tenant-owned rows: one wrapped data key per tenant.
CREATE TABLE customers_data_key (
    tenant_id   CHAR(36)     NOT NULL,
    wrapped_key VARCHAR(200) NOT NULL,
    PRIMARY KEY (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
