package io.custos.training.completion;

import io.custos.platform.csv.CsvUpload;
import io.custos.platform.problem.InvalidInput;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads completions from CSV (RFC 4180, UTF-8, one header line naming the columns): the first
 * line after the header is row 1. A score that is no whole number stays a row's error.
 */
final class CsvCompletions {

    static final List<String> REQUIRED = List.of("staff", "courseCode", "version", "completedAt", "sourceSystem");
    static final List<String> KNOWN =
            List.of("staff", "courseCode", "version", "completedAt", "score", "sourceSystem", "evidenceRef");

    /** A row read from the file, and the error of a value that could not be read as its type. */
    record Read(CompletionRow row, ImportReport.RowError error) {}

    private CsvCompletions() {}

    static List<Read> read(InputStream body) {
        Reader csv = new InputStreamReader(
                body,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        List<Read> rows = CsvUpload.read(csv, REQUIRED, KNOWN, CompletionImports.MAX_ROWS, CsvCompletions::row);
        if (rows.isEmpty()) {
            throw new InvalidInput("body", "holds no completions after the header");
        }
        return rows;
    }

    private static Read row(int number, CSVRecord record) {
        String score = value(record, "score");
        Integer parsed = null;
        ImportReport.RowError error = null;
        if (score != null) {
            try {
                parsed = Integer.valueOf(score);
            } catch (NumberFormatException e) {
                error = new ImportReport.RowError(number, "score", "must be a whole number from 0 to 100");
            }
        }
        return new Read(
                new CompletionRow(
                        value(record, "staff"),
                        value(record, "courseCode"),
                        value(record, "version"),
                        value(record, "completedAt"),
                        parsed,
                        value(record, "sourceSystem"),
                        value(record, "evidenceRef")),
                error);
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }
}
