-- Purposes a tenant added to the built-in catalogue.
CREATE TABLE consent_purpose (
    tenant_id   CHAR(36)     NOT NULL,
    id          CHAR(36)     NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    description VARCHAR(200) NOT NULL,
    follows     VARCHAR(40)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_consent_purpose_code (tenant_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Consent events: append-only. Only erasure blanks a subject's evidence and guardian.
CREATE TABLE consent_event (
    tenant_id      CHAR(36)     NOT NULL,
    id             CHAR(36)     NOT NULL,
    customer_id    CHAR(36)     NOT NULL,
    purpose        VARCHAR(40)  NOT NULL,
    state          VARCHAR(10)  NOT NULL,
    source         VARCHAR(10)  NOT NULL,
    policy_version VARCHAR(40)  NULL,
    evidence       VARCHAR(1000) NULL,
    guardian       VARCHAR(200) NULL,
    recorded_by    CHAR(36)     NOT NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_consent_event_customer (tenant_id, customer_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The current state per customer and purpose, kept in the transaction of each event.
CREATE TABLE consent_current (
    tenant_id   CHAR(36)    NOT NULL,
    id          CHAR(36)    NOT NULL,
    customer_id CHAR(36)    NOT NULL,
    purpose     VARCHAR(40) NOT NULL,
    state       VARCHAR(10) NOT NULL,
    source      VARCHAR(10) NOT NULL,
    gpc         BOOLEAN     NOT NULL,
    since       DATETIME(6) NOT NULL,
    event_id    CHAR(36)    NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY ux_consent_current (tenant_id, customer_id, purpose),
    KEY ix_consent_current_purpose (tenant_id, purpose, state, customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- What consent keeps of each customer to decide lawfulness in SQL: place, ownership (for scopes),
-- governing pack, and when a minor reaches the consent age (null for adults and unknown ages).
CREATE TABLE consent_subject (
    tenant_id   CHAR(36)    NOT NULL,
    customer_id CHAR(36)    NOT NULL,
    store_id    CHAR(36)    NOT NULL,
    region_id   CHAR(36)    NULL,
    owner_id    CHAR(36)    NULL,
    team_id     CHAR(36)    NULL,
    country     CHAR(2)     NOT NULL,
    subdivision VARCHAR(6)  NULL,
    pack_code   VARCHAR(16) NOT NULL,
    turns18_on  DATE        NULL,
    adult_on    DATE        NULL,
    status      VARCHAR(8)  NOT NULL,
    PRIMARY KEY (customer_id),
    KEY ix_consent_subject_pack (tenant_id, status, pack_code, customer_id),
    KEY ix_consent_subject_store (tenant_id, store_id, customer_id),
    KEY ix_consent_subject_region (tenant_id, region_id, customer_id),
    KEY ix_consent_subject_country (tenant_id, country, customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
