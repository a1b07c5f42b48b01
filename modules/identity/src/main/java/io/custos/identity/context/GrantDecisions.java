package io.custos.identity.context;

import io.custos.identity.grant.Grant;
import io.custos.identity.grant.GrantEvaluation;
import io.custos.identity.role.Role;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.GateOutcome;
import io.custos.platform.access.Gates;
import io.custos.platform.access.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The grant and MFA gates of the access decision, from the current grants on every call. */
@ApplicationScoped
public class GrantDecisions implements Gates.GrantGate {

    @Inject
    StaffContexts contexts;

    @Inject
    Clock clock;

    /** A grant covering the customer, else an open break-glass use of the caller covering them (#19). */
    @Override
    public GateOutcome check(Subject subject, String action, CustomerFacts customer) {
        StaffContext member = contexts.of(subject.staffId());
        if (!member.active()) {
            return GateOutcome.fail(GateOutcome.GRANT, "the staff account is not active");
        }
        Instant now = clock.instant();
        Optional<GrantEvaluation.GrantFacts> covering =
                member.grantIndex().firstCovering(subject.staffId(), action, customer, now);
        if (covering.isPresent()) {
            GrantEvaluation.GrantFacts g = covering.get();
            return GateOutcome.pass(
                    GateOutcome.GRANT, () -> "grant " + g.grantId() + " gives " + g.roleName() + " over " + scope(g));
        }
        return member.breakGlass().stream()
                .filter(use -> use.covers(customer, now))
                .findFirst()
                .map(use -> GateOutcome.pass(GateOutcome.GRANT, use::detail))
                .orElseGet(() -> GateOutcome.fail(
                        GateOutcome.GRANT, () -> "no grant in force holds " + action + " over this customer"));
    }

    @Override
    public List<Gates.Reach> reachOf(Subject subject, String action) {
        StaffContext member = contexts.of(subject.staffId());
        if (!member.active()) {
            return List.of();
        }
        return GrantEvaluation.reach(member.grants(), member.teams(), action, clock.instant());
    }

    @Override
    public GateOutcome secondFactor(Subject subject, String action) {
        return SecondFactorGate.refusal(
                        contexts.of(subject.staffId()),
                        action,
                        subject.sessionMethods(),
                        subject.authenticatedAt(),
                        clock.instant())
                .map(refusal -> GateOutcome.fail(GateOutcome.MFA, refusal.detail()))
                .orElseGet(() -> GateOutcome.pass(
                        GateOutcome.MFA,
                        () -> SecondFactorGate.isSensitive(action)
                                ? action + " is sensitive; a second factor is present"
                                : action + " is not sensitive"));
    }

    static GrantEvaluation.GrantFacts facts(Grant grant, Optional<Role> role) {
        return new GrantEvaluation.GrantFacts(
                grant.id(),
                role.map(Role::name).orElse("?"),
                grant.scopeType(),
                grant.scope().id(),
                role.<Set<String>>map(r -> Set.copyOf(r.permissions())).orElse(Set.of()),
                grant.validFrom(),
                grant.validUntil(),
                grant.revokedAt() != null);
    }

    private static String scope(GrantEvaluation.GrantFacts grant) {
        return grant.scopeId() == null ? grant.scopeType().name() : grant.scopeType() + ":" + grant.scopeId();
    }
}
