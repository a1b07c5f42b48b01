package io.custos.platform.access;

import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a decision is about: the caller with their session's authentication methods and when they
 * last proved who they are, or (for an explanation) a staff member without a session, where the
 * MFA gate reads their enrolment.
 */
public record Subject(
        String staffId, TenantId tenantId, Optional<Set<String>> sessionMethods, Optional<Instant> authenticatedAt) {

    public Subject {
        Objects.requireNonNull(staffId, "staff");
        Objects.requireNonNull(tenantId, "tenant");
    }

    public static Subject of(Caller caller) {
        return new Subject(
                caller.staffId(),
                caller.tenantId(),
                Optional.of(caller.authenticationMethods()),
                caller.authenticatedAt());
    }

    public static Subject withoutSession(String staffId, TenantId tenantId) {
        return new Subject(staffId, tenantId, Optional.empty(), Optional.empty());
    }
}
