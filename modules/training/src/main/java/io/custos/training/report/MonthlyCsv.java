package io.custos.training.report;

import java.util.stream.Collectors;

/** The monthly report as RFC 4180 CSV: the same rows as its JSON, one line per month and group. */
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
                        field(row.key()),
                        field(row.code()),
                        Integer.toString(row.assigned()),
                        Integer.toString(row.completed()),
                        Integer.toString(row.overdue()),
                        row.completionRate().toPlainString(),
                        row.overdueRate().toPlainString()))
                .collect(Collectors.joining("\n", HEADER + "\n", report.items().isEmpty() ? "" : "\n"));
    }

    /** Codes are the tenant's own text: quoted, and a leading formula character escaped so spreadsheets do not run it. */
    private static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
