-- Each tenant's overrides of a rule pack, one row per revision; the newest is in force.
CREATE TABLE regions_rule_override (
    tenant_id  CHAR(36)    NOT NULL,
    id         CHAR(36)    NOT NULL,
    pack_code  VARCHAR(16) NOT NULL,
    revision   INT         NOT NULL,
    overrides  TEXT        NOT NULL,
    changed_by CHAR(36)    NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_regions_rule_override_revision (tenant_id, pack_code, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
