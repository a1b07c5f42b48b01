package io.custos.identity.grant;

/** How far a grant reaches: the staff's own customers up to the whole tenant. */
public enum ScopeType {
    OWN,
    TEAM,
    STORE,
    REGION,
    TENANT
}
