-- Regions and stores of each store chain. A store's country (and subdivision) decide its rule pack.
CREATE TABLE regions_region (
    tenant_id  CHAR(36)     NOT NULL,
    id         CHAR(36)     NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_regions_region_code (tenant_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE regions_store (
    tenant_id   CHAR(36)     NOT NULL,
    id          CHAR(36)     NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    country     CHAR(2)      NOT NULL,
    subdivision VARCHAR(6)   NULL,
    region_id   CHAR(36)     NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_regions_store_code (tenant_id, code),
    KEY ix_regions_store_region (tenant_id, region_id),
    CONSTRAINT fk_regions_store_region FOREIGN KEY (region_id) REFERENCES regions_region (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
