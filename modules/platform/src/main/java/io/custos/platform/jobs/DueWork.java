package io.custos.platform.jobs;

import java.time.Instant;
import java.util.List;

/** What one scheduler round did: the job runs it claimed and ran, and the outbox deliveries. */
public record DueWork(List<Ran> ran, int delivered, int deliveriesFailed) {

    public DueWork {
        ran = List.copyOf(ran);
    }

    /** One run of a slot: {@code tenantId} null for a cluster-wide job. */
    public record Ran(String job, String tenantId, Instant dueAt, int attempt, boolean succeeded) {}
}
