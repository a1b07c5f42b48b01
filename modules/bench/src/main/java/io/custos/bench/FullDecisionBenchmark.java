package io.custos.bench;

import io.custos.consent.lawfulness.Basis;
import io.custos.consent.lawfulness.Lawfulness;
import io.custos.consent.ledger.ConsentSource;
import io.custos.consent.ledger.ConsentState;
import io.custos.consent.purpose.BuiltInPurpose;
import io.custos.identity.grant.GrantEvaluation;
import io.custos.identity.grant.GrantEvaluation.GrantFacts;
import io.custos.identity.grant.GrantIndex;
import io.custos.platform.access.AccessDecisions;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.Decision;
import io.custos.platform.access.GateOutcome;
import io.custos.platform.access.Gates;
import io.custos.platform.access.Subject;
import io.custos.platform.tenancy.TenantId;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePacks;
import io.custos.regions.residency.ResidencyRule;
import io.custos.regions.rulepack.RulePackCatalogue;
import io.custos.training.acknowledgment.Standing;
import io.custos.training.gate.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full access decision, warm and in memory: {@link AccessDecisions} running all six gates for
 * a staff member with 50 grants, a course required for the action under the customer's pack, the
 * real residency rule over the shipped rule packs, and consent lawfulness for a purpose. What the
 * server adds (loading grants, courses, consents) is measured by the load runs. Baselines in the
 * same run: the grant/scope gate alone, and one flat permission lookup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FullDecisionBenchmark {

    private static final TenantId TENANT = new TenantId("tenant-1");
    private static final String ACTION = "customer.read";

    private AccessDecisions decisions;
    private Subject subject;
    private CustomerFacts customer;
    private List<GrantFacts> grants;
    private GrantIndex grantIndex;
    private Set<String> flatPermissions;
    private Instant now;

    @Setup
    public void setUp() {
        now = Instant.parse("2026-11-24T10:00:00Z");
        grants = Fixtures.grants(50, now);
        grantIndex = GrantIndex.of(grants, Set.of("team-1"));
        flatPermissions = Set.of("customer.read", "customer.update", "consent.read");
        subject = new Subject("staff-1", TENANT, Optional.of(Set.of("pwd", "otp")), Optional.empty());
        customer = new CustomerFacts(TENANT, "customer-1", "owner", "team-9", "store-9", "region-3", "DE", null);
        RulePackCatalogue catalogue = new RulePackCatalogue();
        RulePacks packs = new RulePacks() {
            @Override
            public RulePack governing(String country, String subdivision) {
                return catalogue.governing(country, subdivision);
            }

            @Override
            public Optional<RulePack> byCode(String code) {
                return catalogue.byCode(code);
            }

            @Override
            public List<RulePack> all() {
                return List.copyOf(catalogue.all());
            }
        };

        decisions = new AccessDecisions();
        Fixtures.inject(decisions, "grants", Fixtures.only(grantGate()));
        Fixtures.inject(decisions, "training", Fixtures.only(trainingGate(packs)));
        Map<String, String> storeCountries = Map.of("store-9", "DE");
        Fixtures.inject(decisions, "workplaces", Fixtures.only((Gates.Workplaces)
                who -> Optional.ofNullable(storeCountries.get("store-9"))));
        Fixtures.inject(decisions, "residency", Fixtures.only(residencyGate(packs)));
        Fixtures.inject(decisions, "consent", Fixtures.only(consentGate(packs)));
        Decision decision = fullDecision();
        if (!decision.allowed() || decision.gates().size() != 6) {
            throw new IllegalStateException("the benchmarked decision must pass all six gates: " + decision);
        }
    }

    @Benchmark
    public Decision fullDecision() {
        return decisions.decide(subject, ACTION, customer, Optional.of("MARKETING"));
    }

    /** The grant gate as the server decides it: the caller's grants indexed once per context. */
    @Benchmark
    public Optional<GrantFacts> grantGateOnly() {
        return grantIndex.firstCovering("staff-1", ACTION, customer, now);
    }

    /** The grant gate before the index: every grant of the caller scanned in order. */
    @Benchmark
    public Optional<GrantFacts> baselineGrantScan() {
        return GrantEvaluation.firstCovering(grants, "staff-1", Set.of("team-1"), ACTION, customer, now);
    }

    @Benchmark
    public boolean baselineFlatPermissionLookup() {
        return flatPermissions.contains(ACTION);
    }

    private Gates.GrantGate grantGate() {
        Set<String> sensitive = Set.of("customer.read.sensitive", "customer.export");
        return new Gates.GrantGate() {
            @Override
            public GateOutcome check(Subject who, String action, CustomerFacts whom) {
                Optional<GrantFacts> covering = grantIndex.firstCovering(who.staffId(), action, whom, now);
                return covering.isPresent()
                        ? GateOutcome.pass(
                                GateOutcome.GRANT,
                                () -> "grant " + covering.get().grantId() + " covers the customer")
                        : GateOutcome.fail(GateOutcome.GRANT, () -> "no grant covers the customer");
            }

            @Override
            public List<Gates.Reach> reachOf(Subject who, String action) {
                return List.of();
            }

            @Override
            public GateOutcome secondFactor(Subject who, String action) {
                return !sensitive.contains(action)
                                || who.sessionMethods().orElse(Set.of()).contains("otp")
                        ? GateOutcome.pass(GateOutcome.MFA, () -> "no second factor needed or present")
                        : GateOutcome.fail(GateOutcome.MFA, () -> action + " needs a second factor");
            }
        };
    }

    private Gates.TrainingGate trainingGate(RulePacks packs) {
        Map<String, Set<String>> courses = Map.of(
                "PRIVACY-BASICS", Set.of("EU", "GB"),
                "CCPA-101", Set.of("US-CA"),
                "PIPL-101", Set.of("CN"));
        Standing current = new Standing(
                Standing.State.CURRENT, "2026.1", now.minusSeconds(86_400), now.plusSeconds(86_400 * 300L));
        return new Gates.TrainingGate() {
            @Override
            public GateOutcome check(Subject who, String action, CustomerFacts whom) {
                String pack =
                        packs.governing(whom.country(), whom.subdivision()).code();
                // as CourseRequirements: the tenant's courses filtered for the action and pack, then the standings
                List<Verdict.Requirement> required = new ArrayList<>(2);
                for (Map.Entry<String, Set<String>> course : courses.entrySet()) {
                    if (course.getValue().contains(pack) && action.startsWith("customer.")) {
                        required.add(new Verdict.Requirement(course.getKey(), "2026.1", current));
                    }
                }
                return Verdict.of(action, pack, required, now);
            }

            @Override
            public Set<String> untrainedPacks(Subject who, String action) {
                return Set.of();
            }
        };
    }

    private Gates.ResidencyGate residencyGate(RulePacks packs) {
        ResidencyRule rule = new ResidencyRule();
        Fixtures.inject(rule, "packs", packs);
        return rule;
    }

    private Gates.ConsentGate consentGate(RulePacks packs) {
        Lawfulness.Current granted = new Lawfulness.Current(ConsentState.GRANTED, ConsentSource.POS, false);
        LocalDate today = LocalDate.of(2026, 11, 24);
        return new Gates.ConsentGate() {
            @Override
            public GateOutcome check(Subject who, String action, CustomerFacts whom, Optional<String> purpose) {
                if (purpose.isEmpty()) {
                    return GateOutcome.pass(GateOutcome.CONSENT, () -> action + " names no purpose of processing");
                }
                RulePack pack = packs.governing(whom.country(), whom.subdivision());
                Lawfulness.Verdict verdict =
                        Lawfulness.judge(Basis.of(pack, BuiltInPurpose.of(purpose.get())), granted, null, today);
                return GateOutcome.of(
                        GateOutcome.CONSENT, verdict.lawful(), () -> purpose.get() + ": " + verdict.reason());
            }

            @Override
            public boolean granted(String customerId, String purpose) {
                return true;
            }
        };
    }
}
