package io.custos.customers.customer;

import io.custos.platform.problem.InvalidInput;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A JSON merge patch of a customer's fields (RFC 7396). It names only {@link Customer#PATCHABLE}
 * fields; each value is checked against its field's rules when it is read, so a bad value
 * answers 400 before anything changes.
 */
record CustomerPatch(JsonObject json) {

    CustomerPatch {
        for (String field : json.keySet()) {
            if (!Customer.PATCHABLE.contains(field)) {
                throw new InvalidInput(field, "cannot be changed here; patchable: " + Customer.PATCHABLE);
            }
        }
    }

    boolean changes(String field) {
        return json.containsKey(field);
    }

    List<String> fields() {
        return List.copyOf(json.keySet());
    }

    String givenName() {
        return text("givenName", true, Customer.NAME_MAX);
    }

    String familyName() {
        return text("familyName", true, Customer.NAME_MAX);
    }

    String email() {
        return text("email", false, Customer.EMAIL_MAX);
    }

    String phone() {
        String phone = text("phone", false, Customer.PHONE_MAX);
        if (phone != null && !phone.matches(Customer.PHONE)) {
            throw new InvalidInput("phone", Customer.PHONE_RULE);
        }
        return phone;
    }

    /** The birth date as written, or null to remove it. */
    String birthDate() {
        String birthDate = text("birthDate", false, Customer.DATE_MAX);
        if (birthDate != null) {
            try {
                LocalDate.parse(birthDate);
            } catch (DateTimeParseException e) {
                throw new InvalidInput("birthDate", "must be a date such as 1990-04-01");
            }
        }
        return birthDate;
    }

    /** A purchase-summary value as it is sealed: amounts and counts not negative, a date; null to remove it. */
    String financial(String field) {
        JsonValue value = json.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (field.equals("lastPurchaseOn")) {
            String date = text(field, false, Customer.DATE_MAX);
            try {
                return LocalDate.parse(date).toString();
            } catch (DateTimeParseException e) {
                throw new InvalidInput(field, "must be a date such as 2026-11-24");
            }
        }
        if (!(value instanceof JsonNumber number) || number.bigDecimalValue().signum() < 0) {
            throw new InvalidInput(field, "must be a number, not negative");
        }
        if (!field.equals("lifetimeValue")) {
            try {
                return Integer.toString(number.bigDecimalValue().intValueExact());
            } catch (ArithmeticException e) {
                throw new InvalidInput(field, "must be a whole number");
            }
        }
        return Customer.amount(field, number.bigDecimalValue()).toPlainString();
    }

    JsonValue attributes() {
        return json.get("attributes");
    }

    /** A string property, no longer than its column. */
    private String text(String field, boolean required, int max) {
        JsonValue value = json.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new InvalidInput(field, "must not be null");
            }
            return null;
        }
        if (!(value instanceof JsonString text) || (required && text.getString().isBlank())) {
            throw new InvalidInput(field, "must be a" + (required ? " non-empty" : "") + " string");
        }
        if (text.getString().length() > max) {
            throw new InvalidInput(field, "must be at most " + max + " characters");
        }
        return text.getString();
    }
}
