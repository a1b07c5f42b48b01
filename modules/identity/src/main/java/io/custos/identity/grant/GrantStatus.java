package io.custos.identity.grant;

/** Where a grant stands at a moment: only ACTIVE gives anything. */
public enum GrantStatus {
    ACTIVE,
    PENDING,
    EXPIRED,
    REVOKED
}
