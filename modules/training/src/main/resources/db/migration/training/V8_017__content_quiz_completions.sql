-- Course material, quizzes, attempts and completions imported from another LMS (#17).

-- A version's material (sections of sanitised HTML) and quiz (questions with their correct
-- options: never sent to learners), as JSON documents. content_hash covers the statement and the
-- material; for versions without material it is the statement's hash.
ALTER TABLE training_course_version
    ADD COLUMN material     MEDIUMTEXT NULL,
    ADD COLUMN quiz         MEDIUMTEXT NULL,
    ADD COLUMN content_hash CHAR(64)   NULL;
UPDATE training_course_version SET content_hash = statement_hash;
ALTER TABLE training_course_version MODIFY content_hash CHAR(64) NOT NULL;

-- Versions being written: editable until published, then gone (the published version is kept).
CREATE TABLE training_course_draft (
    tenant_id                 CHAR(36)     NOT NULL,
    id                        CHAR(36)     NOT NULL,
    course_id                 CHAR(36)     NOT NULL,
    name                      VARCHAR(40)  NOT NULL,
    requires_reacknowledgment BOOLEAN      NOT NULL,
    statement                 TEXT         NULL,
    material                  MEDIUMTEXT   NULL,
    quiz                      MEDIUMTEXT   NULL,
    created_by                CHAR(36)     NOT NULL,
    created_at                DATETIME(6)  NOT NULL,
    updated_at                DATETIME(6)  NOT NULL,
    version                   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_training_course_draft_name (tenant_id, course_id, name),
    CONSTRAINT fk_training_course_draft_course FOREIGN KEY (course_id) REFERENCES training_course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every quiz attempt: the questions drawn for it, the answers given, the score the server gave.
CREATE TABLE training_attempt (
    tenant_id    CHAR(36)    NOT NULL,
    id           CHAR(36)    NOT NULL,
    course_id    CHAR(36)    NOT NULL,
    staff_id     CHAR(36)    NOT NULL,
    version_seq  INT         NOT NULL,
    version_name VARCHAR(40) NOT NULL,
    questions    TEXT        NOT NULL,
    answers      TEXT        NULL,
    score        INT         NULL,
    passed       BOOLEAN     NULL,
    started_at   DATETIME(6) NOT NULL,
    submitted_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    KEY ix_training_attempt_staff (tenant_id, staff_id, course_id, started_at),
    CONSTRAINT fk_training_attempt_course FOREIGN KEY (course_id) REFERENCES training_course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Acknowledgments keep the hash of the statement and material seen and the passed attempt behind
-- them; completions imported from another LMS keep their source and evidence (they saw no
-- statement of ours: statement_hash is null). The same completion imported twice is one row.
ALTER TABLE training_acknowledgment
    MODIFY statement_hash CHAR(64) NULL,
    ADD COLUMN content_hash  CHAR(64)     NULL,
    ADD COLUMN attempt_id    CHAR(36)     NULL,
    ADD COLUMN source_system VARCHAR(100) NULL,
    ADD COLUMN evidence_ref  VARCHAR(500) NULL,
    ADD COLUMN imported_by   CHAR(36)     NULL,
    ADD UNIQUE KEY uq_training_acknowledgment_import (tenant_id, staff_id, course_id, version_seq, acknowledged_at, source_system);
