package io.custos.platform.csv;

import io.custos.platform.problem.InvalidInput;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file as the imports read it: RFC 4180, one header line that names every required
 * column and no unknown one, values trimmed. What the parser cannot read answers 400 in words a CSV
 * author can act on, never the parser's own.
 */
public final class CsvUpload {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .get();

    private CsvUpload() {}

    /**
     * Maps each record after the header with {@code row}, given its number (the first after the
     * header is 1); more than {@code maxRows} records answer 400 naming the body.
     */
    public static <T> List<T> read(
            Reader csv, List<String> required, List<String> known, int maxRows, BiFunction<Integer, CSVRecord, T> row) {
        try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new InvalidInput("header", "needs the column " + column + " (columns: " + known + ")");
                }
            }
            for (String column : header) {
                if (!known.contains(column)) {
                    throw new InvalidInput("header", "has the unknown column " + column + " (columns: " + known + ")");
                }
            }
            List<T> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    throw new InvalidInput("body", "holds more than " + maxRows + " rows");
                }
                rows.add(row.apply(rows.size() + 1, record));
            }
            return rows;
        } catch (CSVException | CharacterCodingException | IllegalStateException | IllegalArgumentException malformed) {
            throw unreadable();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException || e.getCause() instanceof CharacterCodingException) {
                throw unreadable();
            }
            throw e;
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
}
