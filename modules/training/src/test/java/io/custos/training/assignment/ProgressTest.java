package io.custos.training.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.training.acknowledgment.Standing;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant DUE = NOW.plusSeconds(86_400);

    @Test
    void neverAcknowledgedIsDueAtTheAssignmentsDate() {
        Progress progress = Progress.of("sam", null, DUE, Standing.NONE);
        assertThat(progress.status()).isEqualTo(Progress.Status.DUE);
        assertThat(progress.dueAt()).isEqualTo(DUE);
        assertThat(progress.isOverdueAt(NOW)).isFalse();
        assertThat(progress.isOverdueAt(DUE)).isTrue();
    }

    @Test
    void aCurrentAcknowledgmentIsDueAgainWhenItExpiresAndIsNeverOverdue() {
        Instant expires = NOW.plusSeconds(3600);
        Progress progress = Progress.of("sam", null, DUE, new Standing(Standing.State.CURRENT, "1", NOW, expires));
        assertThat(progress.dueAt()).isEqualTo(expires);
        assertThat(progress.isOverdueAt(expires.plusSeconds(1))).isFalse();
        assertThat(progress.isDueBy(NOW.plusSeconds(7200))).isTrue();
    }

    @Test
    void anExpiredAcknowledgmentIsOverdueSinceItsExpiry() {
        Instant expired = NOW.minusSeconds(60);
        Progress progress = Progress.of(
                "sam", null, DUE, new Standing(Standing.State.EXPIRED, "1", NOW.minusSeconds(7200), expired));
        assertThat(progress.status()).isEqualTo(Progress.Status.EXPIRED);
        assertThat(progress.isOverdueAt(NOW)).isTrue();
    }

    @Test
    void anUnassignedCourseNeverAcknowledgedHasNoDueDate() {
        Progress progress = Progress.of("sam", null, null, Standing.NONE);
        assertThat(progress.assigned()).isFalse();
        assertThat(progress.isOverdueAt(NOW)).isFalse();
    }
}
