package io.custos.training.report;

import io.custos.platform.csv.CsvCells;
import java.util.stream.Collectors;

/**
 * The monthly report as RFC 4180 CSV: the same rows as its JSON, one line per month and group; ids
 * and codes (the tenant's own text) quoted and spreadsheet-safe.
 */
final class MonthlyCsv {

    static final String HEADER =
            "month,groupBy,groupId,groupCode,assigned,completed,overdue,completionRate,overdueRate";

    private MonthlyCsv() {}

    static String of(MonthlyReport report) {
        return report.items().stream()
                .map(row -> String.join(
                        ",",
                        row.month(),
                        report.groupBy(),
                        CsvCells.quoted(row.key()),
                        CsvCells.quoted(row.code()),
                        Integer.toString(row.assigned()),
                        Integer.toString(row.completed()),
                        Integer.toString(row.overdue()),
                        row.completionRate().toPlainString(),
                        row.overdueRate().toPlainString()))
                .collect(Collectors.joining("\n", HEADER + "\n", report.items().isEmpty() ? "" : "\n"));
    }
}
