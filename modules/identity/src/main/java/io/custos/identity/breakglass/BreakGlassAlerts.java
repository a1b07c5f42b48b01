package io.custos.identity.breakglass;

import io.custos.identity.api.BreakGlassOpened;
import io.custos.identity.grant.Grant;
import io.custos.identity.grant.ScopeType;
import io.custos.identity.role.Role;
import io.custos.identity.role.Roles;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.mail.Mail;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the tenant's reviewers of emergency access the moment it is opened: a mail to every active
 * holder of access-review.run across the tenant but the opener, queued in the transaction that
 * opened it (so it leaves only if the access really was opened), once per reviewer.
 */
@ApplicationScoped
public class BreakGlassAlerts {

    @Inject
    TenantData data;

    @Inject
    Roles roles;

    @Inject
    StaffDirectory staff;

    @Inject
    Mail mail;

    void opened(@Observes BreakGlassOpened event) {
        if (!mail.isConfigured()) {
            return;
        }
        String opener =
                staff.find(event.actorId()).map(BreakGlassAlerts::nameOf).orElse(event.actorId());
        String what = event.customerId() != null
                ? "customer " + event.customerId()
                : "every customer of store " + event.storeId();
        String text = opener + " opened emergency access to " + what + " until " + event.expiresAt()
                + ".\n\nReason given: " + event.reason()
                + "\n\nEverything done under it is flagged on the audit trail. Review this use (justified or not)"
                + " by " + event.reviewDueAt() + ": break-glass " + event.targetId() + ".\n";
        for (Staff reviewer : reviewers(event)) {
            if (Mail.isAddress(reviewer.email())) {
                mail.send(
                        reviewer.email(),
                        "Emergency access opened by " + opener,
                        "Hello " + nameOf(reviewer) + ",\n\n" + text,
                        "break-glass.opened:" + event.targetId() + ":" + reviewer.id());
            }
        }
    }

    /** Active holders of the review permission through a tenant-wide grant in force, but the opener. */
    private List<Staff> reviewers(BreakGlassOpened event) {
        List<Grant> tenantWide = data.em()
                .createQuery(
                        "SELECT g FROM Grant g WHERE g.scopeType = :tenant AND g.revokedAt IS NULL"
                                + " AND g.validFrom <= :now AND (g.validUntil IS NULL OR g.validUntil > :now)",
                        Grant.class)
                .setParameter("tenant", ScopeType.TENANT)
                .setParameter("now", event.at())
                .getResultList();
        Map<String, Role> rolesById =
                roles.byIds(tenantWide.stream().map(Grant::roleId).distinct().toList());
        return tenantWide.stream()
                .filter(g -> Optional.ofNullable(rolesById.get(g.roleId()))
                        .filter(r -> r.holds(BreakGlasses.REVIEW))
                        .isPresent())
                .map(Grant::staffId)
                .distinct()
                .filter(id -> !id.equals(event.actorId()))
                .map(staff::find)
                .flatMap(Optional::stream)
                .filter(Staff::isActive)
                .toList();
    }

    private static String nameOf(Staff person) {
        return person.displayName() == null || person.displayName().isBlank()
                ? person.username()
                : person.displayName();
    }
}
