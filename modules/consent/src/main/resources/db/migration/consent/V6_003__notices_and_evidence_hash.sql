-- Privacy notices as versioned objects, and consent events that name the notice shown and keep
-- the hash of notice, evidence and guardian that their audit entry holds (verify compares them).
CREATE TABLE consent_notice (
    tenant_id    CHAR(36)     NOT NULL,
    id           CHAR(36)     NOT NULL,
    purpose      VARCHAR(40)  NOT NULL,
    language     VARCHAR(35)  NOT NULL,
    version      INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    text         MEDIUMTEXT   NOT NULL,
    text_sha256  CHAR(64)     NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    published_by CHAR(36)     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_consent_notice_version (tenant_id, purpose, language, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Events recorded before this change keep no hash: their entries name none, so verify has nothing
-- to hold them to.
ALTER TABLE consent_event
    ADD COLUMN notice_id       CHAR(36)    NULL AFTER guardian,
    ADD COLUMN evidence_sha256 CHAR(64)    NULL AFTER notice_id,
    ADD COLUMN erased_at       DATETIME(6) NULL AFTER evidence_sha256;
