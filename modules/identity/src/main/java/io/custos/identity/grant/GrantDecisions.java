package io.custos.identity.grant;

import io.custos.identity.role.Permission;
import io.custos.identity.role.Role;
import io.custos.identity.role.Roles;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.identity.team.Teams;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.GateOutcome;
import io.custos.platform.access.Gates;
import io.custos.platform.access.Subject;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The grant and MFA gates of the access decision, from the current grants on every call. */
@ApplicationScoped
public class GrantDecisions implements Gates.GrantGate {

    @Inject
    StaffDirectory staff;

    @Inject
    Grants grants;

    @Inject
    Roles roles;

    @Inject
    Teams teams;

    @Inject
    Clock clock;

    @Override
    public GateOutcome check(Subject subject, String action, CustomerFacts customer) {
        Optional<Staff> member = staff.find(subject.staffId());
        if (member.isEmpty() || !member.get().isActive()) {
            return GateOutcome.fail(GateOutcome.GRANT, "the staff account is not active");
        }
        Instant now = clock.instant();
        List<Grant> inForce = grants.activeGrantsOf(subject.staffId(), now);
        Map<String, Role> rolesById =
                roles.byIds(inForce.stream().map(Grant::roleId).toList());
        List<GrantEvaluation.GrantFacts> facts = inForce.stream()
                .map(g -> facts(g, Optional.ofNullable(rolesById.get(g.roleId()))))
                .toList();
        Set<String> memberOf = teams.teamsOf(subject.staffId());
        return GrantEvaluation.firstCovering(facts, subject.staffId(), memberOf, action, customer, now)
                .map(g -> GateOutcome.pass(
                        GateOutcome.GRANT, "grant " + g.grantId() + " gives " + g.roleName() + " over " + scope(g)))
                .orElseGet(() -> GateOutcome.fail(
                        GateOutcome.GRANT, "no grant in force holds " + action + " over this customer"));
    }

    @Override
    public List<Gates.Reach> reachOf(Subject subject, String action) {
        Optional<Staff> member = staff.find(subject.staffId());
        if (member.isEmpty() || !member.get().isActive()) {
            return List.of();
        }
        List<Grant> inForce = grants.activeGrantsOf(subject.staffId(), clock.instant());
        Map<String, Role> rolesById =
                roles.byIds(inForce.stream().map(Grant::roleId).toList());
        List<Gates.Reach> reach = new java.util.ArrayList<>();
        for (Grant grant : inForce) {
            Role role = rolesById.get(grant.roleId());
            if (role == null || !role.holds(action)) {
                continue;
            }
            if (grant.scopeType() == ScopeType.TEAM && grant.scope().id() == null) {
                teams.teamsOf(subject.staffId()).forEach(team -> reach.add(new Gates.Reach("TEAM", team)));
            } else {
                reach.add(
                        new Gates.Reach(grant.scopeType().name(), grant.scope().id()));
            }
        }
        return List.copyOf(reach);
    }

    @Override
    public GateOutcome secondFactor(Subject subject, String action) {
        boolean sensitive =
                Permission.byCode(action).map(Permission::isSensitive).orElse(true);
        if (!sensitive) {
            return GateOutcome.pass(GateOutcome.MFA, action + " is not sensitive");
        }
        boolean satisfied = subject.sessionMethods()
                .map(methods -> methods.contains(Caller.OTP))
                .orElseGet(() ->
                        staff.find(subject.staffId()).map(Staff::mfaEnabled).orElse(false));
        return satisfied
                ? GateOutcome.pass(GateOutcome.MFA, action + " is sensitive; a second factor is present")
                : GateOutcome.fail(GateOutcome.MFA, action + " is sensitive and needs a session with a second factor");
    }

    private static GrantEvaluation.GrantFacts facts(Grant grant, Optional<Role> role) {
        return new GrantEvaluation.GrantFacts(
                grant.id(),
                role.map(Role::name).orElse("?"),
                grant.scopeType(),
                grant.scope().id(),
                role.map(r -> (Set<String>) r.permissions()).orElse(Set.of()),
                grant.validFrom(),
                grant.validUntil(),
                grant.revokedAt() != null);
    }

    private static String scope(GrantEvaluation.GrantFacts grant) {
        return grant.scopeId() == null ? grant.scopeType().name() : grant.scopeType() + ":" + grant.scopeId();
    }
}
