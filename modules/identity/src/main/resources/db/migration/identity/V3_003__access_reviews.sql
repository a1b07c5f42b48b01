-- Access-review campaigns and the grants each snapshotted.
CREATE TABLE identity_access_review (
    tenant_id              CHAR(36)     NOT NULL,
    id                     CHAR(36)     NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    region_id              CHAR(36)     NULL,
    due_at                 DATETIME(6)  NULL,
    auto_revoke_unreviewed BOOLEAN      NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    created_by             CHAR(36)     NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    closed_at              DATETIME(6)  NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_identity_access_review_tenant (tenant_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE identity_access_review_item (
    tenant_id   CHAR(36)    NOT NULL,
    id          CHAR(36)    NOT NULL,
    review_id   CHAR(36)    NOT NULL,
    grant_id    CHAR(36)    NOT NULL,
    staff_id    CHAR(36)    NOT NULL,
    reviewer_id CHAR(36)    NOT NULL,
    decision    VARCHAR(8)  NULL,
    decided_at  DATETIME(6) NULL,
    PRIMARY KEY (id),
    KEY ix_identity_access_review_item_review (tenant_id, review_id),
    CONSTRAINT fk_identity_access_review_item_review FOREIGN KEY (review_id) REFERENCES identity_access_review (id),
    CONSTRAINT fk_identity_access_review_item_grant FOREIGN KEY (grant_id) REFERENCES identity_grant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
