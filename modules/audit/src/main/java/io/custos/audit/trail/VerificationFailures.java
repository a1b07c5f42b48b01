package io.custos.audit.trail;

import io.custos.audit.api.AuditVerificationFailed;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Announces a verification that did not hold, in a transaction of its own: the verification
 * itself reads the whole trail and must not hold one open that long.
 */
@ApplicationScoped
public class VerificationFailures {

    @Inject
    Event<AuditVerificationFailed> failed;

    @Inject
    Clock clock;

    @Transactional
    public void announceIfFailed(String actorId, ChainVerification.Result result) {
        if (result.valid()) {
            return;
        }
        failed.fire(new AuditVerificationFailed(
                TenantScope.required(),
                actorId,
                result.firstBrokenSeq(),
                result.alteredRecords().size(),
                result.entries(),
                clock.instant()));
    }
}
