package io.custos.identity.context;

import io.custos.identity.api.BreakGlassClosed;
import io.custos.identity.api.BreakGlassOpened;
import io.custos.identity.api.GrantGiven;
import io.custos.identity.api.GrantRevoked;
import io.custos.identity.api.MfaEnabled;
import io.custos.identity.api.MfaReset;
import io.custos.identity.api.PasswordChanged;
import io.custos.identity.api.PasswordReset;
import io.custos.identity.api.RoleChanged;
import io.custos.identity.api.RoleCreated;
import io.custos.identity.api.SecondFactorRules;
import io.custos.identity.api.StaffCreated;
import io.custos.identity.api.StaffOffboarded;
import io.custos.identity.api.StaffSuspended;
import io.custos.identity.api.StaffUpdated;
import io.custos.identity.api.TeamCreated;
import io.custos.identity.api.TeamDeleted;
import io.custos.identity.api.TeamMembersReplaced;
import io.custos.platform.access.TenantRules;
import io.custos.platform.access.TenantRulesChanged;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The version counters a cached {@link StaffContext} is checked against: one per staff member and
 * one per tenant ({@value #EVERYONE}) for roles and teams. Each change an identity event reports
 * bumps its counter in the transaction of that change, so a request whose transaction starts after
 * the commit sees the new version; every change to a context's facts is such an event, because
 * every change is audited through one.
 */
@ApplicationScoped
public class ContextVersions {

    static final String EVERYONE = "*";

    /** Before every other observer, so that what they ask of a changed context is reloaded. */
    private static final int FIRST = Interceptor.Priority.PLATFORM_BEFORE;

    private static final String PENDING = ContextVersions.class.getName() + ".pending";

    @Inject
    TenantData data;

    @Inject
    ContextsOfThisRequest thisRequest;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The (staff, tenant) versions in force, in one primary-key read; 0 for a counter never bumped. */
    Versions read(String staffId) {
        // EclipseLink refuses native reads next to multitenant entities; a projection is read from
        // the database each time, so a counter this transaction bumped is seen.
        return versionsOf(data.em()
                .createQuery(
                        "SELECT v.scopeId, v.version FROM ContextVersion v WHERE v.scopeId IN :scopes", Object[].class)
                .setParameter("scopes", List.of(staffId, EVERYONE))
                .getResultList());
    }

    /**
     * The versions, read together with the check that the caller's session goes on (#18, P2): one
     * query where each request made two. Empty when the session has ended or expired, and also when
     * neither counter was ever bumped (a staff member's counter starts when they are created), so
     * an empty answer leaves the session to be checked alone.
     */
    Optional<Versions> readInSession(String sessionId, String staffId, Instant now) {
        List<Object[]> rows = data.em()
                .createQuery(
                        "SELECT v.scopeId, v.version FROM Session s, ContextVersion v"
                                + " WHERE s.id = :session AND s.staffId = :staff AND s.endedAt IS NULL"
                                + " AND s.expiresAt > :now AND v.scopeId IN :scopes",
                        Object[].class)
                .setParameter("session", sessionId)
                .setParameter("staff", staffId)
                .setParameter("now", now)
                .setParameter("scopes", List.of(staffId, EVERYONE))
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(versionsOf(rows));
    }

    private static Versions versionsOf(List<Object[]> rows) {
        long staff = 0;
        long everyone = 0;
        for (Object[] row : rows) {
            long version = ((Number) row[1]).longValue();
            if (EVERYONE.equals(row[0])) {
                everyone = version;
            } else {
                staff = version;
            }
        }
        return new Versions(staff, everyone);
    }

    void onGrantGiven(@Observes @Priority(FIRST) GrantGiven event) {
        bump(event.staffId());
    }

    void onGrantRevoked(@Observes @Priority(FIRST) GrantRevoked event) {
        bump(event.staffId());
    }

    void onBreakGlassOpened(@Observes @Priority(FIRST) BreakGlassOpened event) {
        bump(event.actorId());
    }

    void onBreakGlassClosed(@Observes @Priority(FIRST) BreakGlassClosed event) {
        bump(event.staffId());
    }

    void onStaffCreated(@Observes @Priority(FIRST) StaffCreated event) {
        bump(event.targetId());
    }

    void onStaffUpdated(@Observes @Priority(FIRST) StaffUpdated event) {
        bump(event.targetId());
    }

    void onStaffSuspended(@Observes @Priority(FIRST) StaffSuspended event) {
        bump(event.targetId());
    }

    void onStaffOffboarded(@Observes @Priority(FIRST) StaffOffboarded event) {
        bump(event.targetId());
    }

    void onMfaEnabled(@Observes @Priority(FIRST) MfaEnabled event) {
        bump(event.targetId());
    }

    void onMfaReset(@Observes @Priority(FIRST) MfaReset event) {
        bump(event.targetId());
    }

    void onPasswordReset(@Observes @Priority(FIRST) PasswordReset event) {
        bump(event.targetId());
    }

    void onPasswordChanged(@Observes @Priority(FIRST) PasswordChanged event) {
        bump(event.targetId());
    }

    void onRoleCreated(@Observes @Priority(FIRST) RoleCreated event) {
        bump(EVERYONE);
    }

    void onRoleChanged(@Observes @Priority(FIRST) RoleChanged event) {
        bump(EVERYONE);
    }

    void onTeamCreated(@Observes @Priority(FIRST) TeamCreated event) {
        bump(EVERYONE);
    }

    void onTeamMembersReplaced(@Observes @Priority(FIRST) TeamMembersReplaced event) {
        bump(EVERYONE);
    }

    void onTeamDeleted(@Observes @Priority(FIRST) TeamDeleted event) {
        bump(EVERYONE);
    }

    void onSecondFactorRulesChanged(@Observes @Priority(FIRST) SecondFactorRules.Changed event) {
        bump(EVERYONE);
    }

    /** Rules every decision reads (rule-pack overrides): what {@link TenantRules} kept goes with the version. */
    void onTenantRulesChanged(@Observes @Priority(FIRST) TenantRulesChanged event) {
        bump(EVERYONE);
    }

    /** An upsert locks its one record whether or not it exists yet (no gap lock, see AuditTrail). */
    private void bump(String scopeId) {
        data.em()
                .createNativeQuery("INSERT INTO identity_context_version (tenant_id, scope_id, version)"
                        + " VALUES (?1, ?2, 1) ON DUPLICATE KEY UPDATE version = version + 1")
                .setParameter(1, TenantScope.required().value())
                .setParameter(2, scopeId)
                .executeUpdate();
        thisRequest.forget();
        pending().changed = true;
    }

    /**
     * Runs {@code action} once this transaction has committed without changing any context: a
     * context loaded in a transaction that changed one holds uncommitted facts (and a version
     * number a rollback may hand to another change), so it must never be shared.
     */
    void afterCommitWithoutChanges(Runnable action) {
        pending().actions.add(action);
    }

    private Pending pending() {
        Pending pending = (Pending) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(PENDING, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        return pending;
    }

    /** What one transaction did to the counters, and what waits for its clean commit. */
    private static final class Pending implements Synchronization {
        boolean changed;
        final List<Runnable> actions = new ArrayList<>(2);

        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED && !changed) {
                actions.forEach(Runnable::run);
            }
        }
    }

    /** A staff member's counter and the tenant's. */
    record Versions(long staff, long everyone) {}
}
