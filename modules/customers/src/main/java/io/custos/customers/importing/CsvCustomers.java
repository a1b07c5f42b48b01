package io.custos.customers.importing;

import io.custos.customers.customer.NewCustomer;
import io.custos.platform.csv.CsvUpload;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a customer CSV (RFC 4180, a header line naming the columns) into rows; a malformed row
 * becomes an error with its line number rather than stopping the file.
 */
final class CsvCustomers {

    static final List<String> REQUIRED = List.of("storeId", "givenName", "familyName", "country");
    static final List<String> KNOWN = List.of(
            "storeId",
            "givenName",
            "familyName",
            "email",
            "phone",
            "birthDate",
            "country",
            "subdivision",
            "ownerId",
            "teamId",
            "lifetimeValue",
            "loyaltyPoints",
            "purchaseCount",
            "lastPurchaseOn");

    private CsvCustomers() {}

    static List<ImportRow> read(Reader csv, Validator validator) {
        return CsvUpload.read(csv, REQUIRED, KNOWN, Integer.MAX_VALUE, (number, record) -> row(record, validator));
    }

    private static ImportRow row(CSVRecord record, Validator validator) {
        long line = record.getParser().getCurrentLineNumber();
        try {
            NewCustomer customer = new NewCustomer(
                    value(record, "storeId"),
                    value(record, "givenName"),
                    value(record, "familyName"),
                    value(record, "email"),
                    value(record, "phone"),
                    date(value(record, "birthDate")),
                    value(record, "country"),
                    value(record, "subdivision"),
                    value(record, "ownerId"),
                    value(record, "teamId"),
                    number(value(record, "lifetimeValue")),
                    integer(value(record, "loyaltyPoints")),
                    integer(value(record, "purchaseCount")),
                    date(value(record, "lastPurchaseOn")),
                    null);
            Set<ConstraintViolation<NewCustomer>> violations = validator.validate(customer);
            if (!violations.isEmpty()) {
                ConstraintViolation<NewCustomer> first = violations.stream()
                        .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                        .orElseThrow();
                return new ImportRow(line, null, first.getPropertyPath() + " " + first.getMessage());
            }
            return new ImportRow(line, customer, null);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return new ImportRow(line, null, e.getMessage());
        }
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static BigDecimal number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("lifetimeValue must be a number");
        }
    }

    private static Integer integer(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number");
        }
    }
}
