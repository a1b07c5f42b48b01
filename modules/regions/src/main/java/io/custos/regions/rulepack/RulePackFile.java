package io.custos.regions.rulepack;

import io.custos.regions.api.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads one shipped pack file strictly: every SCHEMA.md field present (optional ones may be
 * absent), no unknown field, each value of its type. A malformed pack stops the start-up.
 */
final class RulePackFile {

    static final Set<String> OPTIONAL =
            Set.of("digitalConsentAgeByCountry", "dsarAcknowledgeDays", "optOutProcessingDays");
    /** Every field in SCHEMA.md's order: identity, the overridable rules, then notes and sources. */
    static final List<String> FIELDS = java.util.stream.Stream.of(
                    List.of("code", "name", "version", "law", "effectiveFrom", "countries"),
                    Strictness.OVERRIDABLE,
                    List.of("notes", "sources"))
            .flatMap(List::stream)
            .toList();

    private final String file;
    private final Map<String, Object> yaml;

    private RulePackFile(String file, Map<String, Object> yaml) {
        this.file = file;
        this.yaml = yaml;
    }

    static RulePack read(String file, InputStream in) throws IOException {
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalStateException(file + ": not a YAML mapping");
        }
        Map<String, Object> yaml = new LinkedHashMap<>();
        map.forEach((k, v) -> yaml.put(String.valueOf(k), v));
        return fromFields(file, yaml);
    }

    /** A pack from its fields by name (a parsed file, or a shipped pack with overrides laid over it). */
    static RulePack fromFields(String source, Map<String, Object> fields) {
        for (String key : fields.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new IllegalStateException(source + ": unknown field " + key);
            }
        }
        return new RulePackFile(source, fields).toPack();
    }

    private RulePack toPack() {
        return new RulePack(
                text("code"),
                text("name"),
                text("version"),
                text("law"),
                date("effectiveFrom"),
                texts("countries"),
                choice("marketingConsent", RulePack.Consent.class),
                choice("profilingConsent", RulePack.Consent.class),
                choice("saleSharingConsent", RulePack.SaleSharing.class),
                flag("honorsGlobalPrivacyControl"),
                choice("sensitiveDataConsent", RulePack.SensitiveConsent.class),
                texts("sensitiveCategories"),
                age("digitalConsentAge"),
                ages("digitalConsentAgeByCountry"),
                number("dsarResponseDays"),
                numberOrNull("dsarExtensionDays"),
                numberOrNull("dsarAcknowledgeDays"),
                numberOrNull("optOutProcessingDays"),
                units("deadlineUnits"),
                choices("clockStops", RulePack.ClockStop.class),
                numberOrNull("breachNotificationHours"),
                choice("crossBorder", RulePack.CrossBorder.class),
                texts("crossBorderConditions"),
                positiveOrNull("crossBorderVolumeThreshold"),
                flag("dpoRequired"),
                numberOrNull("retentionMaxDays"),
                flag("requiredTrainingJurisdiction"),
                texts("notes"),
                texts("sources"));
    }

    private Object required(String field) {
        if (!yaml.containsKey(field) && !OPTIONAL.contains(field)) {
            throw new IllegalStateException(file + ": missing field " + field);
        }
        return yaml.get(field);
    }

    private String text(String field) {
        Object value = required(field);
        if (!(value instanceof String s) || s.isBlank()) {
            throw invalid(field, "a non-empty string");
        }
        return s;
    }

    private LocalDate date(String field) {
        Object value = required(field);
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof String s) {
            return LocalDate.parse(s);
        }
        throw invalid(field, "a date YYYY-MM-DD");
    }

    private boolean flag(String field) {
        if (!(required(field) instanceof Boolean b)) {
            throw invalid(field, "true or false");
        }
        return b;
    }

    private int number(String field) {
        Integer value = numberOrNull(field);
        if (value == null) {
            throw invalid(field, "a whole number");
        }
        return value;
    }

    private Integer numberOrNull(String field) {
        Object value = required(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer i) || i < 0) {
            throw invalid(field, "a whole number or null");
        }
        return i;
    }

    /** A count that must be at least one to mean anything (a threshold of individuals). */
    private Integer positiveOrNull(String field) {
        Integer value = numberOrNull(field);
        if (value != null && value < 1) {
            throw invalid(field, "a whole number from 1, or null");
        }
        return value;
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private List<String> texts(String field) {
        Object value = required(field);
        if (!(value instanceof List<?> list)) {
            throw invalid(field, "a list");
        }
        List<String> texts = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s)) {
                throw invalid(field, "a list of strings");
            }
            texts.add(s);
        }
        return List.copyOf(texts);
    }

    private <E extends Enum<E>> List<E> choices(String field, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String value : texts(field)) {
            try {
                values.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                throw invalid(field, "a list of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }
        return List.copyOf(values);
    }

    /** The unit of every day-counted deadline, each named: a unit left out would be a guess. */
    private Map<String, RulePack.DayUnit> units(String field) {
        if (!(required(field) instanceof Map<?, ?> map)) {
            throw invalid(field, "a map of deadline to unit");
        }
        Map<String, RulePack.DayUnit> units = new LinkedHashMap<>();
        for (RulePack.Deadline deadline : RulePack.Deadline.values()) {
            Object unit = map.get(deadline.field());
            try {
                units.put(deadline.field(), RulePack.DayUnit.valueOf(String.valueOf(unit)));
            } catch (IllegalArgumentException e) {
                throw invalid(
                        field,
                        "a map naming the unit of " + deadline.field() + ", one of "
                                + java.util.Arrays.toString(RulePack.DayUnit.values()));
            }
        }
        if (map.size() != units.size()) {
            throw invalid(field, "a map of the deadlines " + units.keySet() + " only");
        }
        return java.util.Collections.unmodifiableMap(units);
    }

    private int age(String field) {
        int age = number(field);
        if (!isConsentAge(age)) {
            throw invalid(field, "a whole number from 0 to " + RulePack.OLDEST_CONSENT_AGE);
        }
        return age;
    }

    private static boolean isConsentAge(int age) {
        return age >= 0 && age <= RulePack.OLDEST_CONSENT_AGE;
    }

    private Map<String, Integer> ages(String field) {
        Object value = required(field);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(field, "a map of country to age");
        }
        Map<String, Integer> ages = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (!(v instanceof Integer age) || !isConsentAge(age)) {
                throw invalid(field, "a map of country to age (0 to " + RulePack.OLDEST_CONSENT_AGE + ")");
            }
            ages.put(String.valueOf(k), age);
        });
        return Map.copyOf(ages);
    }

    private IllegalStateException invalid(String field, String expected) {
        return new IllegalStateException(file + ": " + field + " must be " + expected);
    }
}
