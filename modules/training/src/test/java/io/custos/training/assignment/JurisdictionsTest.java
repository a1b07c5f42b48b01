package io.custos.training.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.platform.access.Gates.Reach;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JurisdictionsTest {

    private final Jurisdictions chain = new Jurisdictions(
            Map.of(
                    "ber", new Jurisdictions.StorePlace("europe", "EU"),
                    "lon", new Jurisdictions.StorePlace("europe", "GB"),
                    "sha", new Jurisdictions.StorePlace("apac", "CN"),
                    "sfo", new Jurisdictions.StorePlace(null, "US-CA")),
            "EU");

    @Test
    void aTenantGrantReachesEveryStoresPack() {
        assertThat(chain.reachedBy(List.of(new Reach("TENANT", null))))
                .containsExactlyInAnyOrder("EU", "GB", "CN", "US-CA");
    }

    @Test
    void aRegionGrantReachesItsStoresPacks() {
        assertThat(chain.reachedBy(List.of(new Reach("REGION", "europe")))).containsExactlyInAnyOrder("EU", "GB");
    }

    @Test
    void aStoreGrantReachesItsPackOnly() {
        assertThat(chain.reachedBy(List.of(new Reach("STORE", "sha")))).containsExactly("CN");
        assertThat(chain.reachedBy(List.of(new Reach("STORE", "gone")))).isEmpty();
    }

    @Test
    void teamAndOwnGrantsReachWhereTheStaffMemberWorks() {
        assertThat(chain.reachedBy(List.of(new Reach("TEAM", "t1"), new Reach("OWN", null))))
                .containsExactly("EU");
    }

    @Test
    void noGrantReachesNothing() {
        assertThat(chain.reachedBy(List.of())).isEmpty();
    }
}
