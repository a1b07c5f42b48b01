-- Server-side sessions: one row per signed-in browser or client of a staff member. Only hashes of
-- refresh tokens are stored; every token a session ever issued is kept so that the reuse of a
-- rotated one is recognised (and ends the session).
CREATE TABLE identity_session (
    tenant_id          CHAR(36)     NOT NULL,
    id                 CHAR(36)     NOT NULL,
    staff_id           CHAR(36)     NOT NULL,
    methods            VARCHAR(64)  NOT NULL,
    auth_time          DATETIME(6)  NOT NULL,
    refresh_token_hash CHAR(64)     NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    last_used_at       DATETIME(6)  NOT NULL,
    expires_at         DATETIME(6)  NOT NULL,
    ended_at           DATETIME(6)  NULL,
    end_reason         VARCHAR(64)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_identity_session_staff (tenant_id, staff_id, ended_at),
    CONSTRAINT fk_identity_session_staff FOREIGN KEY (staff_id) REFERENCES identity_staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE identity_session_token (
    tenant_id  CHAR(36)    NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    session_id CHAR(36)    NOT NULL,
    issued_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (token_hash),
    KEY ix_identity_session_token_session (tenant_id, session_id),
    CONSTRAINT fk_identity_session_token_session FOREIGN KEY (session_id) REFERENCES identity_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
