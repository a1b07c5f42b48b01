package io.custos.identity.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.identity.api.SecondFactorRules;
import io.custos.identity.grant.GrantEvaluation;
import io.custos.identity.grant.ScopeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffContextTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    private static GrantEvaluation.GrantFacts grant(String id, Instant from, Instant until) {
        return new GrantEvaluation.GrantFacts(
                id, "Clerks", ScopeType.TENANT, null, Set.of("customer.read"), from, until, false);
    }

    private static StaffContext loadedAtNineWith(GrantEvaluation.GrantFacts... grants) {
        return new StaffContext(
                "s-1",
                true,
                false,
                false,
                Optional.empty(),
                List.of(grants),
                Set.of(),
                List.of(),
                SecondFactorRules.NONE,
                new ContextVersions.Versions(1, 1));
    }

    @Test
    void aGrantStartingAtTenHoldsFromTenInAContextLoadedAtNine() {
        StaffContext context = loadedAtNineWith(grant("later", TEN, null));

        assertThat(context.inForceAt(NINE)).isEmpty();
        assertThat(context.inForceAt(TEN.minusMillis(1))).isEmpty();
        assertThat(context.inForceAt(TEN))
                .extracting(GrantEvaluation.GrantFacts::grantId)
                .containsExactly("later");
    }

    @Test
    void aGrantEndingAtNoonNoLongerHoldsAtNoonWithoutAReload() {
        StaffContext context = loadedAtNineWith(grant("morning", NINE, NOON));

        assertThat(context.inForceAt(NOON.minusMillis(1))).hasSize(1);
        assertThat(context.inForceAt(NOON)).isEmpty();
    }
}
