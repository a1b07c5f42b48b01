package io.custos.training.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Completion and overdue rates at each of the last months' ends and today, from the recorded
 * history: the months (oldest first, the current month to date last) and one row per month and
 * group that had assignments then.
 */
public record MonthlyReport(String groupBy, List<Month> months, List<Row> items) {

    /**
     * A month (yyyy-MM, UTC) and its end, the first instant of the next month; the current month
     * ({@code toDate}) is reported as of the request. Its end, not the request's time, is named so
     * that the same history reads the same.
     */
    public record Month(String month, Instant endsAt, boolean toDate) {}

    /** A store, region or course in one month; key and code null for staff without a home store (or region). */
    public record Row(
            String month,
            String key,
            String code,
            int assigned,
            int completed,
            int overdue,
            BigDecimal completionRate,
            BigDecimal overdueRate) {

        static Row of(String month, String key, String code, int assigned, int completed, int overdue) {
            return new Row(
                    month,
                    key,
                    code,
                    assigned,
                    completed,
                    overdue,
                    ReportRow.rate(completed, assigned),
                    ReportRow.rate(overdue, assigned));
        }
    }
}
