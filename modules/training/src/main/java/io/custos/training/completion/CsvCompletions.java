package io.custos.training.completion;

import io.custos.platform.problem.InvalidInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    throw new InvalidInput("header", "needs the column " + column + " (columns: " + KNOWN + ")");
                }
            }
            for (String column : header) {
                if (!KNOWN.contains(column)) {
                    throw new InvalidInput("header", "has the unknown column " + column + " (columns: " + KNOWN + ")");
                }
            }
            List<Read> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == CompletionImports.MAX_ROWS) {
                    throw new InvalidInput("body", "holds more than " + CompletionImports.MAX_ROWS + " rows");
                }
                rows.add(row(rows.size() + 1, record));
            }
            if (rows.isEmpty()) {
                throw new InvalidInput("body", "holds no completions after the header");
            }
            return rows;
        } catch (CSVException | IllegalStateException | IllegalArgumentException malformed) {
            throw unreadable();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException || e.getCause() instanceof CharacterCodingException) {
                throw unreadable();
            }
            throw e;
        } catch (CharacterCodingException e) {
            throw unreadable();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInput unreadable() {
        return new InvalidInput(
                "body",
                "is not a readable CSV file: UTF-8, RFC 4180 with one header line, every quoted field closed,"
                        + " each header name once");
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
