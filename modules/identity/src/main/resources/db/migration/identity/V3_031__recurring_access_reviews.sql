-- Recurring access-review campaigns (#19), as the tenant configuration's accessReviews.recurring
-- lists them: a cluster-wide job opens each once when its period (month, quarter, half or year)
-- starts. last_period_start is the period whose campaign is open already.
CREATE TABLE identity_recurring_review (
    tenant_id         CHAR(36)     NOT NULL,
    id                CHAR(36)     NOT NULL,
    name              VARCHAR(150) NOT NULL,
    every             VARCHAR(16)  NOT NULL,
    region_id         CHAR(36)     NULL,
    due_in_days       INT          NOT NULL,
    revoke_unanswered BOOLEAN      NOT NULL,
    owner_id          CHAR(36)     NOT NULL,
    since             DATETIME(6)  NOT NULL,
    last_period_start DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_identity_recurring_review_name (tenant_id, name),
    CONSTRAINT fk_identity_recurring_review_owner FOREIGN KEY (owner_id) REFERENCES identity_staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
