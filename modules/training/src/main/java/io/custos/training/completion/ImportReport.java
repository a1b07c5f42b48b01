package io.custos.training.completion;

import java.util.List;

/**
 * What an import did (or, on a dry run, would do): rows recorded, rows already recorded by an
 * earlier import (skipped), rows refused with their number (from 1) and field.
 */
public record ImportReport(
        boolean dryRun, boolean atomic, int total, int imported, int duplicates, int failed, List<RowError> errors) {

    public record RowError(int row, String field, String message) {}
}
