package io.custos.identity.grant;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.identity.grant.GrantEvaluation.GrantFacts;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrantEvaluationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final String ANA = "ana";
    private static final CustomerFacts BERLIN_CUSTOMER =
            new CustomerFacts(new TenantId("t"), "c-1", "bo", "team-berlin", "store-berlin", "region-dach", "DE", null);

    @Test
    void aTenantWideGrantCoversEveryCustomer() {
        assertThat(decide(grant(ScopeType.TENANT, null))).isTrue();
    }

    @Test
    void storeAndRegionGrantsCoverOnlyTheirOwnPlaces() {
        assertThat(decide(grant(ScopeType.STORE, "store-berlin"))).isTrue();
        assertThat(decide(grant(ScopeType.STORE, "store-paris"))).isFalse();
        assertThat(decide(grant(ScopeType.REGION, "region-dach"))).isTrue();
        assertThat(decide(grant(ScopeType.REGION, "region-france"))).isFalse();
    }

    @Test
    void aTeamGrantCoversTheGranteesTeamsOrTheNamedTeam() {
        assertThat(GrantEvaluation.firstCovering(
                        List.of(grant(ScopeType.TEAM, null)),
                        ANA,
                        Set.of("team-berlin"),
                        "customer.read",
                        BERLIN_CUSTOMER,
                        NOW))
                .isPresent();
        assertThat(GrantEvaluation.firstCovering(
                        List.of(grant(ScopeType.TEAM, null)),
                        ANA,
                        Set.of("team-paris"),
                        "customer.read",
                        BERLIN_CUSTOMER,
                        NOW))
                .isEmpty();
        assertThat(decide(grant(ScopeType.TEAM, "team-berlin"))).isTrue();
    }

    @Test
    void anOwnGrantCoversOnlyTheGranteesOwnCustomers() {
        assertThat(decide(grant(ScopeType.OWN, null))).isFalse();
        CustomerFacts anasCustomer =
                new CustomerFacts(new TenantId("t"), "c-2", ANA, null, "store-berlin", "region-dach", "DE", null);
        assertThat(GrantEvaluation.firstCovering(
                        List.of(grant(ScopeType.OWN, null)), ANA, Set.of(), "customer.read", anasCustomer, NOW))
                .isPresent();
    }

    @Test
    void grantsOutOfTheirWindowOrRevokedGiveNothing() {
        GrantFacts pending = new GrantFacts(
                "g", "R", ScopeType.TENANT, null, Set.of("customer.read"), NOW.plusSeconds(1), null, false);
        GrantFacts expired = new GrantFacts(
                "g", "R", ScopeType.TENANT, null, Set.of("customer.read"), NOW.minusSeconds(10), NOW, false);
        GrantFacts revoked = new GrantFacts(
                "g", "R", ScopeType.TENANT, null, Set.of("customer.read"), NOW.minusSeconds(10), null, true);

        assertThat(decide(pending)).isFalse();
        assertThat(decide(expired)).isFalse();
        assertThat(decide(revoked)).isFalse();
    }

    @Test
    void aGrantWithoutThePermissionGivesNothing() {
        GrantFacts exportOnly = new GrantFacts(
                "g", "R", ScopeType.TENANT, null, Set.of("customer.export"), NOW.minusSeconds(10), null, false);
        assertThat(decide(exportOnly)).isFalse();
    }

    private static boolean decide(GrantFacts grant) {
        return GrantEvaluation.firstCovering(List.of(grant), ANA, Set.of(), "customer.read", BERLIN_CUSTOMER, NOW)
                .isPresent();
    }

    private static GrantFacts grant(ScopeType type, String id) {
        return new GrantFacts("g", "R", type, id, Set.of("customer.read"), NOW.minusSeconds(60), null, false);
    }
}
