package io.custos.requests.request;

import io.custos.platform.csv.CsvCells;
import io.custos.platform.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What a person receives for an access request, as one zip: {@code README.txt}, {@code bundle.json}
 * (the whole bundle) and a CSV per section for people without a JSON reader, in that order and in
 * the bundle's section order, each entry dated the generation time: the same bundle gives the same
 * bytes. A list section is one table; a section of lists (consents: current and history) a table per
 * list; any other section a table of field and value, nested fields named with dots. Cells follow
 * {@link CsvCells}; nested lists are JSON text.
 */
final class AccessArchive {

    private static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private AccessArchive() {}

    /** Who and what the archive is for, for its README. */
    record Heading(String tenantName, String tenantSlug, String requestId, String customerId, Instant generatedAt) {}

    static byte[] zip(Heading heading, JsonObject bundle) {
        Map<String, String> tables = tables(bundle);
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("README.txt", readme(heading, tables.keySet()));
        entries.put("bundle.json", pretty(bundle));
        entries.putAll(tables);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            LocalDateTime stamp = LocalDateTime.ofInstant(heading.generatedAt(), ZoneOffset.UTC);
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                ZipEntry file = new ZipEntry(entry.getKey());
                file.setTimeLocal(stamp);
                zip.putNextEntry(file);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String readme(Heading heading, Set<String> tables) {
        return String.join(
                "\r\n",
                "Your personal data held by " + heading.tenantName() + " (" + heading.tenantSlug() + ")",
                "",
                "Access request: " + heading.requestId(),
                "Customer id: " + heading.customerId(),
                "Generated at: " + heading.generatedAt() + " (UTC)",
                "",
                "bundle.json holds everything in one JSON document. Each CSV file holds one section of it:",
                String.join("\r\n", tables.stream().map(name -> "- " + name).toList()),
                "");
    }

    private static Map<String, String> tables(JsonObject bundle) {
        Map<String, String> tables = new LinkedHashMap<>();
        bundle.forEach((section, value) -> {
            String name = fileName(section);
            if (value instanceof JsonArray rows) {
                tables.put(name + ".csv", table(rows));
            } else if (value instanceof JsonObject parts
                    && !parts.isEmpty()
                    && parts.values().stream().allMatch(JsonArray.class::isInstance)) {
                parts.forEach(
                        (part, rows) -> tables.put(name + "-" + fileName(part) + ".csv", table((JsonArray) rows)));
            } else if (value instanceof JsonObject fields) {
                Map<String, JsonValue> flat = new LinkedHashMap<>();
                flatten("", fields, flat);
                List<List<Object>> rows = new ArrayList<>();
                flat.forEach((field, cell) -> rows.add(Arrays.asList(field, cell(cell))));
                tables.put(name + ".csv", csv(List.of("field", "value"), rows));
            }
        });
        return tables;
    }

    /** A list of objects as rows, the columns in the order the keys first appear. */
    private static String table(JsonArray rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> {
            if (row instanceof JsonObject object) {
                columns.addAll(object.keySet());
            }
        });
        if (columns.isEmpty()) {
            columns.add("value");
        }
        List<List<Object>> cells = new ArrayList<>();
        for (JsonValue row : rows) {
            List<Object> line = new ArrayList<>();
            for (String column : columns) {
                line.add(row instanceof JsonObject object ? cell(object.get(column)) : cell(row));
            }
            cells.add(line);
        }
        return csv(List.copyOf(columns), cells);
    }

    private static void flatten(String prefix, JsonObject fields, Map<String, JsonValue> flat) {
        fields.forEach((field, value) -> {
            if (value instanceof JsonObject nested && !nested.isEmpty()) {
                flatten(prefix + field + ".", nested, flat);
            } else {
                flat.put(prefix + field, value);
            }
        });
    }

    private static String cell(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    private static String csv(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(CsvCells::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String pretty(JsonObject bundle) {
        StringWriter out = new StringWriter();
        try (Writer writer = out;
                var json = Json.provider()
                        .createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                        .createWriter(writer)) {
            json.writeObject(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code accessLog} → {@code access-log}. */
    private static String fileName(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
