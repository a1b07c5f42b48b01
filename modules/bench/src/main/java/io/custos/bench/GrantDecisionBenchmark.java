package io.custos.bench;

import io.custos.identity.grant.GrantEvaluation;
import io.custos.identity.grant.GrantEvaluation.GrantFacts;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The grant/scope decision for a staff member with 50 grants, warm. The covering grant is the
 * last one (the worst case: every grant is looked at). The baseline is one lookup in a flat,
 * precomputed permission set: what a decision that ignored scopes and validity would cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GrantDecisionBenchmark {

    @Param({"50"})
    int grants;

    private List<GrantFacts> facts;
    private Set<String> flatPermissions;
    private CustomerFacts customer;
    private Instant now;

    @Setup
    public void setUp() {
        now = Instant.parse("2026-11-24T10:00:00Z");
        customer = new CustomerFacts(new TenantId("t"), "c", "owner", "team-9", "store-9", "region-3", "DE", null);
        facts = Fixtures.grants(grants, now);
        flatPermissions = Set.of("customer.read", "customer.update", "consent.read");
    }

    @Benchmark
    public Optional<GrantFacts> grantScopeDecision() {
        return GrantEvaluation.firstCovering(facts, "staff", Set.of("team-1"), "customer.read", customer, now);
    }

    @Benchmark
    public boolean baselineFlatPermissionLookup() {
        return flatPermissions.contains("customer.read");
    }
}
