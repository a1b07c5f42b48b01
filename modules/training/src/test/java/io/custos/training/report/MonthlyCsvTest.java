package io.custos.training.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyCsvTest {

    @Test
    void oneLinePerMonthAndGroupWithCodesQuotedAndFormulasDefused() {
        MonthlyReport report = new MonthlyReport(
                "store",
                List.of(new MonthlyReport.Month("2026-11", Instant.parse("2026-12-01T00:00:00Z"), false)),
                List.of(
                        MonthlyReport.Row.of("2026-11", "s-1", "=HYPERLINK(\"x\")", 3, 2, 1),
                        MonthlyReport.Row.of("2026-11", null, null, 1, 0, 0)));

        assertThat(MonthlyCsv.of(report).split("\n", -1))
                .containsExactly(
                        MonthlyCsv.HEADER,
                        "2026-11,store,\"s-1\",\"'=HYPERLINK(\"\"x\"\")\",3,2,1,0.6667,0.3333",
                        "2026-11,store,,,1,0,0,0.0000,0.0000",
                        "");
    }

    @Test
    void onlyTheHeaderWithoutRows() {
        assertThat(MonthlyCsv.of(new MonthlyReport("course", List.of(), List.of())))
                .isEqualTo(MonthlyCsv.HEADER + "\n");
    }
}
