package io.custos.identity.grant;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.identity.grant.GrantEvaluation.GrantFacts;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index answers what the plain evaluation answers, grant for grant, on random staff and customers. */
class GrantIndexTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final List<String> PERMISSIONS = List.of("customer.read", "customer.update", "consent.read");
    private static final List<String> PLACES = List.of("a", "b", "c");
    private static final TenantId TENANT = new TenantId("t");

    @Test
    void theIndexNamesTheSameGrantAsTheEvaluationForEveryCustomerActionAndMoment() {
        Random random = new Random(18);
        int covered = 0;
        for (int staff = 0; staff < 500; staff++) {
            List<GrantFacts> grants = randomGrants(random);
            Set<String> teams = random.nextBoolean() ? Set.of("team-a") : Set.of("team-a", "team-b");
            GrantIndex index = GrantIndex.of(grants, teams);
            for (int probe = 0; probe < 40; probe++) {
                CustomerFacts customer = randomCustomer(random);
                String action = pick(random, PERMISSIONS);
                Instant at = NOW.plusSeconds(random.nextInt(7200) - 3600L);
                var expected = GrantEvaluation.firstCovering(grants, "me", teams, action, customer, at);
                assertThat(index.firstCovering("me", action, customer, at))
                        .as("%s on %s at %s with %s", action, customer, at, grants)
                        .isEqualTo(expected);
                covered += expected.isPresent() ? 1 : 0;
            }
        }
        // the comparison means something only if both answers occur often
        assertThat(covered).isBetween(2000, 18000);
    }

    @Test
    void aPermissionNoGrantHoldsIsCoveredByNone() {
        GrantIndex index = GrantIndex.of(
                List.of(new GrantFacts(
                        "g",
                        "Clerks",
                        ScopeType.TENANT,
                        null,
                        Set.of("customer.read"),
                        NOW.minusSeconds(1),
                        null,
                        false)),
                Set.of());

        assertThat(index.firstCovering("me", "customer.erase", randomCustomer(new Random(1)), NOW))
                .isEmpty();
        assertThat(GrantIndex.empty().firstCovering("me", "customer.read", randomCustomer(new Random(1)), NOW))
                .isEmpty();
    }

    private static List<GrantFacts> randomGrants(Random random) {
        List<GrantFacts> grants = new ArrayList<>();
        int count = random.nextInt(8);
        for (int i = 0; i < count; i++) {
            ScopeType type = ScopeType.values()[random.nextInt(ScopeType.values().length)];
            String scopeId =
                    switch (type) {
                        case TENANT, OWN -> null;
                        case TEAM -> random.nextBoolean() ? null : "team-" + pick(random, PLACES);
                        case REGION -> "region-" + pick(random, PLACES);
                        case STORE -> "store-" + pick(random, PLACES);
                    };
            Set<String> permissions = random.nextBoolean()
                    ? Set.of(pick(random, PERMISSIONS))
                    : Set.of(PERMISSIONS.get(0), PERMISSIONS.get(1));
            Instant from = NOW.plusSeconds(random.nextInt(3600) - 2400L);
            Instant until = random.nextBoolean() ? null : from.plusSeconds(random.nextInt(3600));
            grants.add(
                    new GrantFacts("g" + i, "R" + i, type, scopeId, permissions, from, until, random.nextInt(6) == 0));
        }
        return grants;
    }

    private static CustomerFacts randomCustomer(Random random) {
        return new CustomerFacts(
                TENANT,
                "c",
                random.nextBoolean() ? "me" : "someone",
                random.nextInt(4) == 0 ? null : "team-" + pick(random, PLACES),
                "store-" + pick(random, PLACES),
                random.nextInt(4) == 0 ? null : "region-" + pick(random, PLACES),
                "DE",
                null);
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
