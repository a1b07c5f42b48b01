package io.custos.identity.context;

import io.custos.identity.grant.GrantEvaluation;
import io.custos.identity.grant.ScopeType;
import io.custos.platform.problem.Forbidden;
import io.custos.platform.security.Caller;
import io.custos.platform.security.PermissionCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Answers from the caller's current context on every request: revocations hold on the next one. */
@ApplicationScoped
public class GrantChecks implements PermissionCheck {

    @Inject
    StaffContexts contexts;

    @Inject
    Clock clock;

    @Override
    public boolean isActive(Caller caller) {
        return contexts.of(caller.staffId()).active();
    }

    @Override
    public boolean mustChangePassword(Caller caller) {
        return contexts.of(caller.staffId()).passwordChangeRequired();
    }

    @Override
    public Optional<Forbidden> refusal(Caller caller, String permission, Reach reach) {
        Instant now = clock.instant();
        StaffContext context = contexts.of(caller.staffId());
        List<GrantEvaluation.GrantFacts> inForce = context.inForceAt(now);
        boolean holds = inForce.stream()
                .filter(g -> reach == Reach.ANY_SCOPE || g.scopeType() == ScopeType.TENANT)
                .anyMatch(g -> g.permissions().contains(permission));
        if (!holds) {
            String where = reach == Reach.TENANT ? " over the whole tenant" : "";
            return Optional.of(new Forbidden("grant", "needs the permission " + permission + where));
        }
        return SecondFactorGate.refusal(
                        context, permission, Optional.of(caller.authenticationMethods()), caller.authenticatedAt(), now)
                .map(refusal -> refusal.maxAge()
                        .map(age -> Forbidden.staleSecondFactor(refusal.detail(), age.toSeconds()))
                        .orElseGet(() -> new Forbidden("mfa", refusal.detail())));
    }
}
