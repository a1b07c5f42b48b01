package io.custos.platform.security;

import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller of a request: a staff member of one tenant, the platform operator, a
 * tenant's provisioning client (SCIM), or a data subject acting on their own record in a
 * self-service session; for the last two {@code staffId} is the actor id their audit entries name.
 */
public record Caller(
        Kind kind,
        String staffId,
        TenantId tenantId,
        Set<String> authenticationMethods,
        String tokenId,
        String sessionId,
        Instant authTime) {

    public enum Kind {
        STAFF,
        OPERATOR,
        PROVISIONING,
        DATA_SUBJECT
    }

    public static final String OTP = "otp";

    /** RFC 8176's multiple-factor authentication: an identity provider the tenant trusts proved a second factor. */
    public static final String MFA = "mfa";

    public Caller {
        Objects.requireNonNull(kind);
        authenticationMethods = Set.copyOf(authenticationMethods);
        if (kind != Kind.OPERATOR) {
            Objects.requireNonNull(staffId, "staff id");
            Objects.requireNonNull(tenantId, "tenant id");
        }
    }

    public static Caller operator() {
        return new Caller(Kind.OPERATOR, null, null, Set.of("operator-token"), null, null, null);
    }

    /**
     * A tenant's provisioning client authenticated by token {@code tokenId}; {@code actorId} names it
     * on the audit trail. It is no staff member: staff endpoints refuse it.
     */
    public static Caller provisioning(TenantId tenantId, String actorId, String tokenId) {
        return new Caller(Kind.PROVISIONING, actorId, tenantId, Set.of("provisioning-token"), tokenId, null, null);
    }

    /**
     * A data subject (a customer) of the tenant in self-service session {@code sessionId}: they may act
     * on their own record only, and their audit entries name their own id as the actor.
     */
    public static Caller dataSubject(TenantId tenantId, String subjectId, String sessionId) {
        return new Caller(Kind.DATA_SUBJECT, subjectId, tenantId, Set.of("self-service"), null, sessionId, null);
    }

    /** A staff caller outside any session (work done on a staff member's behalf by the system). */
    public static Caller staff(String staffId, TenantId tenantId, Set<String> amr, String tokenId) {
        return new Caller(Kind.STAFF, staffId, tenantId, amr, tokenId, null, null);
    }

    /**
     * A staff caller whose access token belongs to session {@code sessionId} (its {@code sid}),
     * authenticated at {@code authTime} (its {@code auth_time}; null for a token outside a session).
     */
    public static Caller staffInSession(
            String staffId, TenantId tenantId, Set<String> amr, String tokenId, String sessionId, Instant authTime) {
        return new Caller(Kind.STAFF, staffId, tenantId, amr, tokenId, sessionId, authTime);
    }

    /** When the caller last proved who they are in this session (sign-in or step-up); empty outside a session. */
    public java.util.Optional<Instant> authenticatedAt() {
        return java.util.Optional.ofNullable(authTime);
    }

    /** The session the access token belongs to; empty for tokens issued outside a session. */
    public java.util.Optional<String> session() {
        return java.util.Optional.ofNullable(sessionId);
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    public boolean isOperator() {
        return kind == Kind.OPERATOR;
    }

    public boolean isProvisioning() {
        return kind == Kind.PROVISIONING;
    }

    public boolean isDataSubject() {
        return kind == Kind.DATA_SUBJECT;
    }

    public boolean hasSecondFactor() {
        return provesSecondFactor(authenticationMethods);
    }

    /** Whether authentication {@code methods} include a second factor: our TOTP, or a trusted provider's. */
    public static boolean provesSecondFactor(java.util.Collection<String> methods) {
        return methods.contains(OTP) || methods.contains(MFA);
    }

    /** Key under which this caller's idempotency records are kept. */
    public String idempotencyScope() {
        return switch (kind) {
            case OPERATOR -> "operator";
            case STAFF -> "staff:" + tenantId.value() + ":" + staffId;
            case PROVISIONING -> "provisioning:" + tenantId.value() + ":" + staffId;
            case DATA_SUBJECT -> "subject:" + tenantId.value() + ":" + staffId;
        };
    }
}
