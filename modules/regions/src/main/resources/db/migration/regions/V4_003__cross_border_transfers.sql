-- Individuals whose records staff based in another country were shown, once per rule pack and
-- calendar year, and the count per pack and year that the residency gate compares with the pack's
-- crossBorderVolumeThreshold (one row read per decision instead of a count over the individuals).
CREATE TABLE regions_transfer_individual (
    tenant_id     CHAR(36)    NOT NULL,
    pack_code     VARCHAR(16) NOT NULL,
    calendar_year SMALLINT    NOT NULL,
    customer_id   CHAR(36)    NOT NULL,
    PRIMARY KEY (tenant_id, pack_code, calendar_year, customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE regions_transfer_volume (
    tenant_id     CHAR(36)    NOT NULL,
    pack_code     VARCHAR(16) NOT NULL,
    calendar_year SMALLINT    NOT NULL,
    individuals   BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, pack_code, calendar_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
