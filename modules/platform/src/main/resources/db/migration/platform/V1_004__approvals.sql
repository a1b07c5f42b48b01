-- Four eyes: an action held until a second person approves it. The request is kept as JSON and run
-- again, as its requester, in the approving transaction; status PENDING, APPROVED, REJECTED, EXPIRED.
CREATE TABLE platform_approval (
    id              CHAR(36)      NOT NULL,
    tenant_id       CHAR(36)      NOT NULL,
    action          VARCHAR(100)  NOT NULL,
    request         MEDIUMTEXT    NOT NULL,
    requested_by    CHAR(36)      NOT NULL,
    requester_amr   VARCHAR(200)  NOT NULL,
    request_reason  VARCHAR(500)  NULL,
    requested_at    DATETIME(6)   NOT NULL,
    expires_at      DATETIME(6)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    decided_by      VARCHAR(36)   NULL,
    decided_at      DATETIME(6)   NULL,
    decision_reason VARCHAR(500)  NULL,
    result          MEDIUMTEXT    NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_platform_approval_tenant (tenant_id, id),
    KEY ix_platform_approval_due (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
