-- Privacy-training courses and their published versions. A course's jurisdictions (rule-pack
-- codes) and the permissions it is required for are comma-separated lists of short codes.
CREATE TABLE training_course (
    tenant_id        CHAR(36)      NOT NULL,
    id               CHAR(36)      NOT NULL,
    code             VARCHAR(40)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    content_ref      VARCHAR(500)  NULL,
    validity_months  INT           NOT NULL,
    pass_mark        INT           NULL,
    jurisdictions    VARCHAR(500)  NOT NULL,
    required_for     VARCHAR(1000) NOT NULL,
    current_version  VARCHAR(40)   NOT NULL,
    current_seq      INT           NOT NULL,
    acknowledge_from_seq INT       NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_training_course_code (tenant_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every published version is kept; seq orders them (version names are free text).
CREATE TABLE training_course_version (
    tenant_id               CHAR(36)     NOT NULL,
    id                      CHAR(36)     NOT NULL,
    course_id               CHAR(36)     NOT NULL,
    seq                     INT          NOT NULL,
    name                    VARCHAR(40)  NOT NULL,
    requires_reacknowledgment BOOLEAN    NOT NULL,
    statement               TEXT         NOT NULL,
    statement_hash          CHAR(64)     NOT NULL,
    published_by            CHAR(36)     NOT NULL,
    published_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_training_course_version_name (tenant_id, course_id, name),
    UNIQUE KEY uq_training_course_version_seq (tenant_id, course_id, seq),
    CONSTRAINT fk_training_course_version_course FOREIGN KEY (course_id) REFERENCES training_course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Acknowledgments and failed attempts, append-only. seq orders a staff member's attempts
-- without relying on sub-second timestamps.
CREATE TABLE training_acknowledgment (
    tenant_id       CHAR(36)     NOT NULL,
    id              CHAR(36)     NOT NULL,
    seq             BIGINT       NOT NULL AUTO_INCREMENT,
    course_id       CHAR(36)     NOT NULL,
    staff_id        CHAR(36)     NOT NULL,
    version_seq     INT          NOT NULL,
    version_name    VARCHAR(40)  NOT NULL,
    score           INT          NULL,
    passed          BOOLEAN      NOT NULL,
    statement_hash  CHAR(64)     NOT NULL,
    client          VARCHAR(500) NULL,
    acknowledged_at DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_training_acknowledgment_seq (seq),
    KEY ix_training_acknowledgment_staff (tenant_id, staff_id, course_id),
    CONSTRAINT fk_training_acknowledgment_course FOREIGN KEY (course_id) REFERENCES training_course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Who must hold a current acknowledgment of which course: DERIVED from grants and the course's
-- rules (kept up to date by events), or MANUAL.
CREATE TABLE training_assignment (
    tenant_id   CHAR(36)    NOT NULL,
    id          CHAR(36)    NOT NULL,
    course_id   CHAR(36)    NOT NULL,
    staff_id    CHAR(36)    NOT NULL,
    source      VARCHAR(10) NOT NULL,
    assigned_by CHAR(36)    NOT NULL,
    assigned_at DATETIME(6) NOT NULL,
    due_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_training_assignment (tenant_id, course_id, staff_id, source),
    KEY ix_training_assignment_staff (tenant_id, staff_id),
    CONSTRAINT fk_training_assignment_course FOREIGN KEY (course_id) REFERENCES training_course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
