-- Break-glass uses (#19): emergency access to one customer or one store, and its review.
CREATE TABLE identity_break_glass (
    tenant_id     CHAR(36)      NOT NULL,
    id            CHAR(36)      NOT NULL,
    staff_id      CHAR(36)      NOT NULL,
    customer_id   CHAR(36)      NULL,
    store_id      CHAR(36)      NULL,
    reason        VARCHAR(500)  NOT NULL,
    opened_at     DATETIME(6)   NOT NULL,
    expires_at    DATETIME(6)   NOT NULL,
    closed_at     DATETIME(6)   NULL,
    closed_by     CHAR(36)      NULL,
    review_due_at DATETIME(6)   NOT NULL,
    reviewed_at   DATETIME(6)   NULL,
    reviewed_by   CHAR(36)      NULL,
    justified     BOOLEAN       NULL,
    review_note   VARCHAR(2000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_identity_break_glass_staff (tenant_id, staff_id, expires_at),
    KEY ix_identity_break_glass_tenant (tenant_id, id),
    CONSTRAINT fk_identity_break_glass_staff FOREIGN KEY (staff_id) REFERENCES identity_staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- break-glass.use is held by no built-in role but TENANT_ADMIN, which holds every permission.
UPDATE identity_role
SET permissions = CONCAT(permissions, ' break-glass.use')
WHERE built_in = TRUE
  AND name = 'TENANT_ADMIN'
  AND CONCAT(' ', permissions, ' ') NOT LIKE '% break-glass.use %';
