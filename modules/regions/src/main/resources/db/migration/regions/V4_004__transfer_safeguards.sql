-- The tenant's safeguards for transfers out of a pack's countries (standard contract, security
-- assessment, certification): while one is in force, the pack's volume threshold refuses nothing.
CREATE TABLE regions_transfer_safeguard (
    tenant_id   CHAR(36)     NOT NULL,
    id          CHAR(36)     NOT NULL,
    pack_code   VARCHAR(16)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_until DATE         NULL,
    reference   VARCHAR(200) NOT NULL,
    recorded_by CHAR(36)     NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_regions_transfer_safeguard_pack (tenant_id, pack_code, valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
