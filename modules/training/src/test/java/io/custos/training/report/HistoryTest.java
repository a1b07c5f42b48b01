package io.custos.training.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.training.acknowledgment.Standing;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final Instant JAN_END = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant FEB_END = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant MAR_END = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant APR_END = Instant.parse("2026-05-01T00:00:00Z");

    private static final History.Version FIRST =
            new History.Version("C", 1, false, Instant.parse("2025-12-01T00:00:00Z"));

    @Test
    void aCourseBecomesOverdueAtItsDueDateAndCompleteWhenAcknowledged() {
        History history = new History(
                List.of(period("anna", "C", "2026-01-10T00:00:00Z", "2026-02-09T00:00:00Z", null)),
                List.of(FIRST),
                Map.of("anna", Map.of("C", List.of(passed(1, "2026-03-15T00:00:00Z", "2027-03-15T00:00:00Z")))));

        assertThat(history.at(Instant.parse("2026-01-05T00:00:00Z")))
                .as("not yet assigned")
                .isEmpty();
        assertThat(one(history.at(JAN_END))).as("assigned, not yet due").isEqualTo(new Figures(false, false));
        assertThat(one(history.at(FEB_END)))
                .as("past due, nothing acknowledged")
                .isEqualTo(new Figures(false, true));
        assertThat(one(history.at(MAR_END))).as("acknowledged in March").isEqualTo(new Figures(true, false));
    }

    @Test
    void anExpiredAcknowledgmentIsNoLongerComplete() {
        History history = new History(
                List.of(period("anna", "C", "2025-01-10T00:00:00Z", "2025-02-09T00:00:00Z", null)),
                List.of(FIRST),
                Map.of("anna", Map.of("C", List.of(passed(1, "2025-02-01T00:00:00Z", "2026-02-15T00:00:00Z")))));

        assertThat(one(history.at(JAN_END))).isEqualTo(new Figures(true, false));
        assertThat(one(history.at(FEB_END))).as("expired on 15 February").isEqualTo(new Figures(false, true));
    }

    @Test
    void aVersionRequiringReacknowledgmentCountsFromItsPublicationOnly() {
        // version 2 published on 10 February requires a new acknowledgment; the assignment was
        // renewed then (a new period with a new due date), and anna acknowledged version 2 in April
        History history = new History(
                List.of(
                        period("anna", "C", "2025-06-01T00:00:00Z", "2025-07-01T00:00:00Z", "2026-02-10T00:00:00Z"),
                        period("anna", "C", "2026-02-10T00:00:00Z", "2026-03-12T00:00:00Z", null)),
                List.of(FIRST, new History.Version("C", 2, true, Instant.parse("2026-02-10T00:00:00Z"))),
                Map.of(
                        "anna",
                        Map.of(
                                "C",
                                List.of(
                                        passed(1, "2025-06-20T00:00:00Z", "2026-06-20T00:00:00Z"),
                                        passed(2, "2026-04-02T00:00:00Z", "2027-04-02T00:00:00Z")))));

        assertThat(one(history.at(JAN_END))).as("version 1 still counted").isEqualTo(new Figures(true, false));
        assertThat(one(history.at(FEB_END)))
                .as("outdated, within the renewed grace")
                .isEqualTo(new Figures(false, false));
        assertThat(one(history.at(MAR_END)))
                .as("outdated past the renewed due date")
                .isEqualTo(new Figures(false, true));
        assertThat(one(history.at(APR_END))).isEqualTo(new Figures(true, false));
    }

    @Test
    void aWithdrawnAssignmentCountsForTheMonthsItExisted() {
        History history = new History(
                List.of(period("anna", "C", "2026-01-10T00:00:00Z", "2026-02-09T00:00:00Z", "2026-03-20T00:00:00Z")),
                List.of(FIRST),
                Map.of());

        assertThat(one(history.at(JAN_END))).isEqualTo(new Figures(false, false));
        assertThat(one(history.at(FEB_END))).isEqualTo(new Figures(false, true));
        assertThat(history.at(MAR_END)).as("withdrawn on 20 March").isEmpty();
    }

    @Test
    void aDerivedAndAManualAssignmentCountOnceWithTheEarlierDueDate() {
        History history = new History(
                List.of(
                        period("anna", "C", "2026-01-10T00:00:00Z", "2026-03-10T00:00:00Z", null),
                        period("anna", "C", "2026-01-12T00:00:00Z", "2026-02-10T00:00:00Z", null)),
                List.of(FIRST),
                Map.of());

        assertThat(history.at(FEB_END)).singleElement().satisfies(o -> {
            assertThat(o.overdue()).isTrue();
            assertThat(o.period().dueAt()).isEqualTo(Instant.parse("2026-02-10T00:00:00Z"));
        });
    }

    @Test
    void aMoveToAnotherStoreCountsForTheStoreOfTheTime() {
        History history = new History(
                List.of(
                        new History.Period(
                                "anna",
                                "C",
                                "S1",
                                "R1",
                                Instant.parse("2026-01-10T00:00:00Z"),
                                Instant.parse("2026-03-10T00:00:00Z"),
                                Instant.parse("2026-02-15T00:00:00Z")),
                        new History.Period(
                                "anna",
                                "C",
                                "S2",
                                "R2",
                                Instant.parse("2026-02-15T00:00:00Z"),
                                Instant.parse("2026-03-10T00:00:00Z"),
                                null)),
                List.of(FIRST),
                Map.of());

        assertThat(history.at(JAN_END))
                .singleElement()
                .extracting(o -> o.period().storeId())
                .isEqualTo("S1");
        assertThat(history.at(FEB_END))
                .singleElement()
                .extracting(o -> o.period().regionId())
                .isEqualTo("R2");
    }

    @Test
    void failedAttemptsAndAcknowledgmentsMadeLaterDoNotCount() {
        History history = new History(
                List.of(period("anna", "C", "2026-01-10T00:00:00Z", "2026-02-09T00:00:00Z", null)),
                List.of(FIRST),
                Map.of(
                        "anna",
                        Map.of(
                                "C",
                                List.of(
                                        new Standing.Attempt(
                                                1,
                                                "v1",
                                                false,
                                                Instant.parse("2026-01-20T00:00:00Z"),
                                                Instant.parse("2027-01-20T00:00:00Z")),
                                        passed(1, "2026-02-20T00:00:00Z", "2027-02-20T00:00:00Z")))));

        assertThat(one(history.at(JAN_END))).isEqualTo(new Figures(false, false));
        assertThat(one(history.at(FEB_END))).isEqualTo(new Figures(true, false));
    }

    private record Figures(boolean completed, boolean overdue) {}

    private static Figures one(List<History.Outcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        return new Figures(outcomes.get(0).completed(), outcomes.get(0).overdue());
    }

    private static History.Period period(String staff, String course, String started, String due, String ended) {
        return new History.Period(
                staff,
                course,
                "S1",
                "R1",
                Instant.parse(started),
                Instant.parse(due),
                ended == null ? null : Instant.parse(ended));
    }

    private static Standing.Attempt passed(int seq, String at, String expires) {
        return new Standing.Attempt(seq, "v" + seq, true, Instant.parse(at), Instant.parse(expires));
    }
}
