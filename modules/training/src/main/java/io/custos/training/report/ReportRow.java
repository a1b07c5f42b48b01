package io.custos.training.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One group of a completion report (a store, a region or a course): how many staff members and
 * assignments it holds, and how many of those are current, due, expired and overdue.
 */
public record ReportRow(
        String key,
        String code,
        int staff,
        int assignments,
        int current,
        int due,
        int expired,
        int overdue,
        BigDecimal completionRate,
        BigDecimal overdueRate) {

    static ReportRow of(String key, String code, int staff, int current, int due, int expired, int overdue) {
        int assignments = current + due + expired;
        return new ReportRow(
                key,
                code,
                staff,
                assignments,
                current,
                due,
                expired,
                overdue,
                rate(current, assignments),
                rate(overdue, assignments));
    }

    /** A share with four decimals; an empty group counts as complete. */
    static BigDecimal rate(int part, int whole) {
        return whole == 0
                ? BigDecimal.ONE.setScale(4)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
