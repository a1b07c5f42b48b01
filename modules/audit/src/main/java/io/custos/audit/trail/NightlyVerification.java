package io.custos.audit.trail;

import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;

/**
 * Daily at 03:30 UTC, once in the cluster per tenant: the whole trail verified as {@code system},
 * so tampering is announced (webhook {@code audit.verification-failed}) without an auditor asking.
 * Only the newest slot: a verification now covers every older one.
 */
@ApplicationScoped
public class NightlyVerification implements RecurringJob {

    @Inject
    ChainVerification verification;

    @Inject
    VerificationFailures failures;

    @Override
    public String name() {
        return "audit.nightly-verification";
    }

    @Override
    public Schedule schedule() {
        return Schedule.dailyAt(LocalTime.of(3, 30));
    }

    @Override
    public boolean perTenant() {
        return true;
    }

    @Override
    public boolean newestSlotOnly() {
        return true;
    }

    @Override
    public void run(Instant dueAt) {
        failures.announceIfFailed("system", verification.verifyTrail());
    }
}
