package io.custos.identity.grant;

import io.custos.identity.api.GrantGiven;
import io.custos.identity.api.GrantRevoked;
import io.custos.identity.api.MfaEnabled;
import io.custos.identity.api.RoleChanged;
import io.custos.identity.api.RoleCreated;
import io.custos.identity.api.StaffCreated;
import io.custos.identity.api.StaffOffboarded;
import io.custos.identity.api.StaffSuspended;
import io.custos.identity.api.StaffUpdated;
import io.custos.identity.api.TeamCreated;
import io.custos.identity.api.TeamMembersReplaced;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

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

    @Inject
    TenantData data;

    @Inject
    ContextsOfThisRequest thisRequest;

    /** The (staff, tenant) versions in force, in one primary-key read; 0 for a counter never bumped. */
    Versions read(String staffId) {
        // EclipseLink refuses native reads next to multitenant entities; refreshed, because this
        // transaction may have bumped a counter since it last read it.
        List<ContextVersion> rows = data.em()
                .createQuery("SELECT v FROM ContextVersion v WHERE v.scopeId IN :scopes", ContextVersion.class)
                .setParameter("scopes", List.of(staffId, EVERYONE))
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .getResultList();
        long staff = 0;
        long everyone = 0;
        for (ContextVersion row : rows) {
            if (EVERYONE.equals(row.scopeId())) {
                everyone = row.version();
            } else {
                staff = row.version();
            }
        }
        return new Versions(staff, everyone);
    }

    void onGrantGiven(@Observes GrantGiven event) {
        bump(event.staffId());
    }

    void onGrantRevoked(@Observes GrantRevoked event) {
        bump(event.staffId());
    }

    void onStaffCreated(@Observes StaffCreated event) {
        bump(event.targetId());
    }

    void onStaffUpdated(@Observes StaffUpdated event) {
        bump(event.targetId());
    }

    void onStaffSuspended(@Observes StaffSuspended event) {
        bump(event.targetId());
    }

    void onStaffOffboarded(@Observes StaffOffboarded event) {
        bump(event.targetId());
    }

    void onMfaEnabled(@Observes MfaEnabled event) {
        bump(event.targetId());
    }

    void onRoleCreated(@Observes RoleCreated event) {
        bump(EVERYONE);
    }

    void onRoleChanged(@Observes RoleChanged event) {
        bump(EVERYONE);
    }

    void onTeamCreated(@Observes TeamCreated event) {
        bump(EVERYONE);
    }

    void onTeamMembersReplaced(@Observes TeamMembersReplaced event) {
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
    }

    /** A staff member's counter and the tenant's. */
    record Versions(long staff, long everyone) {}
}
