-- Customer imports and their progress.
CREATE TABLE customers_import_job (
    tenant_id  CHAR(36)    NOT NULL,
    id         CHAR(36)    NOT NULL,
    status     VARCHAR(16) NOT NULL,
    created_by CHAR(36)    NOT NULL,
    total      INT         NOT NULL,
    processed  INT         NOT NULL,
    failed     INT         NOT NULL,
    errors     MEDIUMTEXT  NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
