-- An access request's archive (#20): what the customer receives, kept for the tenant's download
-- window. The request keeps what proves a downloaded file (its SHA-256) and its times for good;
-- the sealed bytes live in a table of their own, so that reading requests never loads them, and
-- are deleted when the window ends or the customer is erased.
ALTER TABLE requests_privacy_request
    ADD COLUMN archive_sha256      CHAR(64)    NULL AFTER outcome,
    ADD COLUMN archive_created_at  DATETIME(6) NULL AFTER archive_sha256,
    ADD COLUMN archive_expires_at  DATETIME(6) NULL AFTER archive_created_at,
    ADD COLUMN archive_erased_at   DATETIME(6) NULL AFTER archive_expires_at,
    ADD COLUMN archive_downloads   INT         NOT NULL DEFAULT 0 AFTER archive_erased_at,
    ADD KEY ix_requests_archive_expiry (tenant_id, archive_erased_at, archive_expires_at);

-- The zip, AES-256-GCM under the customer's key (which the tenant's data key wraps), bound to the
-- request id: never plaintext on disk or in the database.
CREATE TABLE requests_archive (
    tenant_id  CHAR(36) NOT NULL,
    request_id CHAR(36) NOT NULL,
    sealed     LONGBLOB NOT NULL,
    PRIMARY KEY (request_id),
    KEY ix_requests_archive_tenant (tenant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
