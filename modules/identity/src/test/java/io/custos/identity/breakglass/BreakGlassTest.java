package io.custos.identity.breakglass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.custos.platform.access.CustomerFacts;
import io.custos.platform.problem.Conflict;
import io.custos.platform.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BreakGlassTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final TenantId TENANT = new TenantId("00000000-0000-0000-0000-000000000001");

    private static CustomerFacts customer(String id, String store) {
        return new CustomerFacts(TENANT, id, "owner", null, store, null, "DE", null);
    }

    private static BreakGlass forCustomer(String customerId) {
        return new BreakGlass(
                "s-1", customerId, null, "ambulance at the till", NINE, Duration.ofHours(2), Duration.ofDays(7));
    }

    @Test
    void aUseCoversItsCustomerUntilTheClockReachesItsExpiry() {
        BreakGlass.Cover cover = forCustomer("c-1").cover();

        assertThat(cover.covers(customer("c-1", "st-1"), NINE)).isTrue();
        assertThat(cover.covers(
                        customer("c-1", "st-1"), NINE.plus(Duration.ofHours(2)).minusMillis(1)))
                .isTrue();
        assertThat(cover.covers(customer("c-1", "st-1"), NINE.plus(Duration.ofHours(2))))
                .isFalse();
        assertThat(cover.covers(customer("c-2", "st-1"), NINE)).isFalse();
        assertThat(cover.detail()).isEqualTo("break-glass " + cover.id() + ": ambulance at the till");
    }

    @Test
    void aStoreUseCoversEveryCustomerOfThatStoreOnly() {
        BreakGlass.Cover cover =
                new BreakGlass("s-1", null, "st-1", "flood", NINE, Duration.ofHours(1), Duration.ofDays(7)).cover();

        assertThat(cover.covers(customer("c-1", "st-1"), NINE)).isTrue();
        assertThat(cover.covers(customer("c-2", "st-2"), NINE)).isFalse();
        assertThat(cover.covers(customer("c-3", null), NINE)).isFalse();
    }

    @Test
    void itsStateFollowsTheClockAndItsClosing() {
        BreakGlass use = forCustomer("c-1");

        assertThat(use.statusAt(NINE)).isEqualTo(BreakGlass.Status.OPEN);
        assertThat(use.isOpenAt(NINE.plus(Duration.ofHours(2)))).isFalse();
        assertThat(use.statusAt(NINE.plus(Duration.ofHours(2)))).isEqualTo(BreakGlass.Status.EXPIRED);

        use.close("s-1", NINE.plus(Duration.ofMinutes(30)));

        assertThat(use.statusAt(NINE.plus(Duration.ofMinutes(31)))).isEqualTo(BreakGlass.Status.CLOSED);
        assertThat(use.isOpenAt(NINE.plus(Duration.ofMinutes(31)))).isFalse();
        assertThatThrownBy(() -> use.close("s-1", NINE.plus(Duration.ofMinutes(40))))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void theReviewFallsDueAfterTheUseEndsAndIsOverdueUntilReviewed() {
        BreakGlass use = forCustomer("c-1");
        Instant due = NINE.plus(Duration.ofHours(2)).plus(Duration.ofDays(7));
        assertThat(use.reviewDueAt()).isEqualTo(due);
        assertThat(use.isOverdueAt(due.minusMillis(1))).isFalse();
        assertThat(use.isOverdueAt(due)).isTrue();

        Instant closedAt = NINE.plus(Duration.ofMinutes(10));
        use.close("s-1", closedAt);
        assertThat(use.reviewDueAt()).isEqualTo(closedAt.plus(Duration.ofDays(7)));

        use.review("s-2", true, "the ambulance came", closedAt.plus(Duration.ofDays(8)));
        assertThat(use.isOverdueAt(closedAt.plus(Duration.ofDays(9)))).isFalse();
        assertThatThrownBy(() -> use.review("s-3", false, "again", closedAt.plus(Duration.ofDays(9))))
                .isInstanceOf(Conflict.class);
    }
}
