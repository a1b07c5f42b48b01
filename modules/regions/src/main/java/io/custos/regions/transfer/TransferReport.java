package io.custos.regions.transfer;

import java.util.List;

/**
 * Individuals transferred abroad per pack and calendar year, against the pack's threshold as it
 * stands now, and the safeguard in force today for the pack, if any.
 */
public record TransferReport(List<Line> items) {

    public record Line(
            String pack,
            int year,
            long individuals,
            Integer threshold,
            boolean thresholdReached,
            String safeguardInForce) {}
}
