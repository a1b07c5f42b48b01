-- One row per recurring job, tenant ('' for cluster-wide jobs) and due time: inserting it claims the
-- run, so two instances never run the same slot. Failed runs wait for next_attempt_at (back-off);
-- a RUNNING row whose instance died is taken again once its claim is old.
CREATE TABLE platform_job_run (
    job             VARCHAR(100)  NOT NULL,
    tenant_id       VARCHAR(36)   NOT NULL,
    due_at          DATETIME(6)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    claimed_by      VARCHAR(100)  NOT NULL,
    claimed_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NULL,
    finished_at     DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    PRIMARY KEY (job, tenant_id, due_at),
    KEY ix_platform_job_run_retry (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Side effects that leave the process (mail, webhooks), written in the transaction of the change and
-- delivered afterwards, at least once, with back-off; DEAD once the attempts are used up. A delivery
-- in progress holds a lease (leased_until) instead of a lock. (kind, dedup_key) makes "once per
-- event" hold for entries that carry a key.
CREATE TABLE platform_outbox (
    id              CHAR(36)      NOT NULL,
    tenant_id       CHAR(36)      NULL,
    kind            VARCHAR(100)  NOT NULL,
    dedup_key       VARCHAR(255)  NULL,
    payload         MEDIUMTEXT    NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    leased_until    DATETIME(6)   NULL,
    delivered_at    DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_platform_outbox_dedup (kind, dedup_key),
    KEY ix_platform_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
