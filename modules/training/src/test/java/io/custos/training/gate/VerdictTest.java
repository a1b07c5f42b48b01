package io.custos.training.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.platform.access.GateOutcome;
import io.custos.training.acknowledgment.Standing;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void noRequiredCoursePasses() {
        GateOutcome outcome = Verdict.of("customer.read", "EU", List.of(), NOW);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.gate()).isEqualTo("training");
        assertThat(outcome.detail()).isEqualTo("no course is required for customer.read under EU");
    }

    @Test
    void everyRequiredCourseCurrentPassesNamingThem() {
        Standing current = new Standing(Standing.State.CURRENT, "v2", NOW, NOW.plusSeconds(3600));
        GateOutcome outcome =
                Verdict.of("customer.read", "EU", List.of(new Verdict.Requirement("GDPR", "v2", current)), NOW);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.detail()).contains("GDPR v2");
    }

    @Test
    void oneMissingCourseRefusesNamingOnlyWhatIsMissing() {
        Standing current = new Standing(Standing.State.CURRENT, "v2", NOW, NOW.plusSeconds(3600));
        Standing expired = new Standing(Standing.State.EXPIRED, "1", NOW.minusSeconds(7200), NOW.minusSeconds(3600));
        GateOutcome outcome = Verdict.of(
                "customer.read",
                "EU",
                List.of(
                        new Verdict.Requirement("GDPR", "v2", current),
                        new Verdict.Requirement("SECURITY", "1", expired),
                        new Verdict.Requirement("ETHICS", "3", Standing.NONE)),
                NOW);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.detail())
                .startsWith("customer.read under EU requires course SECURITY (the acknowledgment of version 1 expired")
                .contains("course ETHICS (never acknowledged)")
                .doesNotContain("GDPR");
    }

    @Test
    void aCourseInsideItsGracePassesNamingItsDueDateAndDeadline() {
        Instant due = NOW.minusSeconds(86_400);
        Instant openUntil = due.plusSeconds(14 * 86_400L);
        GateOutcome outcome = Verdict.of(
                "customer.read",
                "EU",
                List.of(new Verdict.Requirement("GDPR", "v2", Standing.NONE, due, openUntil)),
                NOW);
        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.detail())
                .contains("course GDPR not yet acknowledged (due " + due + "), allowed under grace until " + openUntil);
    }

    @Test
    void aCoursePastItsGraceRefusesNamingTheDeadline() {
        Instant due = NOW.minusSeconds(20 * 86_400L);
        Instant openUntil = NOW;
        GateOutcome outcome = Verdict.of(
                "customer.read",
                "EU",
                List.of(new Verdict.Requirement("GDPR", "v2", Standing.NONE, due, openUntil)),
                NOW);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.detail())
                .isEqualTo("customer.read under EU requires course GDPR (never acknowledged; due " + due
                        + "; grace ended " + openUntil + ")");
    }

    @Test
    void aCourseBlocksAtOnceWithoutGraceFromItsDeadlineWithItAndNeverWhileCurrent() {
        Standing current = new Standing(Standing.State.CURRENT, "v2", NOW, NOW.plusSeconds(3600));
        Instant openUntil = NOW.plusSeconds(86_400);
        assertThat(new Verdict.Requirement("GDPR", "v2", current).blocksAt(NOW)).isFalse();
        assertThat(new Verdict.Requirement("GDPR", "v2", Standing.NONE).blocksAt(NOW))
                .isTrue();
        Verdict.Requirement graced =
                new Verdict.Requirement("GDPR", "v2", Standing.NONE, NOW.minusSeconds(3600), openUntil);
        assertThat(graced.blocksAt(NOW)).isFalse();
        assertThat(graced.blocksAt(openUntil)).isTrue();
    }
}
