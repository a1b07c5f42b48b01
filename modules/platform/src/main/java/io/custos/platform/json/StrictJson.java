package io.custos.platform.json;

import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Problem.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one way request JSON is read: strict UTF-8, bounded nesting, and a binding to records that
 * never coerces — a string field takes only a JSON string, a number only a JSON number within its
 * Java type, an enum only one of its names, a date only an ISO date. Every mismatch is a 400 naming
 * the field ({@code admin.password}, {@code stores[2].country}) in words for API users, all of them
 * at once; unknown properties are ignored. Bean Validation runs on the result as before.
 */
public final class StrictJson {

    /** Deeper than any body of ours by far; a 10 000-deep body is refused before it is parsed. */
    public static final int MAX_DEPTH = 32;

    private static final JsonReaderFactory READERS = Json.provider().createReaderFactory(Map.of());

    private StrictJson() {}

    /** Binds a body to {@code type}; an empty body is null (a required body is then a 400). */
    public static Object read(byte[] body, Type type) {
        String text = utf8(body);
        if (text.isBlank()) {
            return null;
        }
        JsonValue json = parse(text);
        Binding binding = new Binding();
        Object value = binding.bind(json, type, "");
        binding.refuseIfWrong();
        return value;
    }

    public static <T> T read(String body, Class<T> type) {
        return type.cast(read(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), type));
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput("body", "is not valid UTF-8");
        }
    }

    private static JsonValue parse(String text) {
        if (depth(text) > MAX_DEPTH) {
            throw new InvalidInput("body", "nests objects and arrays deeper than " + MAX_DEPTH + " levels");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidInput(
                    "body",
                    "is not valid JSON (line " + e.getLocation().getLineNumber() + ", column "
                            + e.getLocation().getColumnNumber() + ")");
        } catch (JsonException e) {
            throw new InvalidInput("body", "is not valid JSON");
        }
    }

    /** The deepest nesting of objects and arrays, counted outside strings. */
    static int depth(String text) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    /** One binding: collects every mismatch before refusing. */
    private static final class Binding {
        private final List<FieldError> errors = new ArrayList<>();

        void refuseIfWrong() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }

        private Object wrong(String path, String rule) {
            errors.add(new FieldError(path.isEmpty() ? "body" : path, rule));
            return null;
        }

        Object bind(JsonValue json, Type type, String path) {
            Class<?> raw = raw(type);
            if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
                return raw.isPrimitive() ? wrong(path, "must not be null") : null;
            }
            if (JsonValue.class.isAssignableFrom(raw)) {
                return jsonValue(json, raw, path);
            }
            if (raw == String.class) {
                return json instanceof JsonString s ? s.getString() : wrong(path, "must be a string");
            }
            if (raw == Boolean.class || raw == boolean.class) {
                return switch (json.getValueType()) {
                    case TRUE -> Boolean.TRUE;
                    case FALSE -> Boolean.FALSE;
                    default -> wrong(path, "must be true or false");
                };
            }
            if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != char.class)) {
                return number(json, raw, path);
            }
            if (raw.isEnum()) {
                return constant(json, raw, path);
            }
            if (raw == LocalDate.class || raw == Instant.class || raw == OffsetDateTime.class) {
                return time(json, raw, path);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return collection(json, raw, element(type, 0), path);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map(json, element(type, 1), path);
            }
            if (raw.isRecord()) {
                return record(json, raw, path);
            }
            if (raw == Object.class) {
                return json;
            }
            throw new IllegalArgumentException("no strict JSON binding for " + type);
        }

        private Object jsonValue(JsonValue json, Class<?> raw, String path) {
            if (raw == JsonObject.class && !(json instanceof JsonObject)) {
                return wrong(path, "must be a JSON object");
            }
            if (raw == JsonArray.class && !(json instanceof JsonArray)) {
                return wrong(path, "must be a JSON array");
            }
            return json;
        }

        private Object number(JsonValue json, Class<?> raw, String path) {
            if (raw == BigDecimal.class && json instanceof JsonString text) {
                // amounts may be given as decimal text, so that no float ever rounds them
                try {
                    return new BigDecimal(text.getString().strip());
                } catch (NumberFormatException e) {
                    return wrong(path, "must be a decimal number");
                }
            }
            if (!(json instanceof JsonNumber number)) {
                return wrong(path, "must be a number");
            }
            BigDecimal value = number.bigDecimalValue();
            if (raw == BigDecimal.class) {
                return value;
            }
            if (raw == Double.class || raw == double.class) {
                double d = value.doubleValue();
                return Double.isInfinite(d) ? wrong(path, "is too large") : (Object) d;
            }
            BigInteger whole;
            try {
                whole = value.toBigIntegerExact();
            } catch (ArithmeticException e) {
                return wrong(path, "must be a whole number");
            }
            long min = raw == Long.class || raw == long.class ? Long.MIN_VALUE : Integer.MIN_VALUE;
            long max = raw == Long.class || raw == long.class ? Long.MAX_VALUE : Integer.MAX_VALUE;
            if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
                return wrong(path, "must be a whole number between " + min + " and " + max);
            }
            return raw == Long.class || raw == long.class ? (Object) whole.longValue() : (Object) whole.intValue();
        }

        private Object constant(JsonValue json, Class<?> raw, String path) {
            Object[] constants = raw.getEnumConstants();
            if (json instanceof JsonString s) {
                for (Object constant : constants) {
                    if (((Enum<?>) constant).name().equals(s.getString())) {
                        return constant;
                    }
                }
            }
            return wrong(
                    path,
                    "must be one of "
                            + Arrays.stream(constants)
                                    .map(c -> ((Enum<?>) c).name())
                                    .collect(Collectors.joining(", ")));
        }

        private Object time(JsonValue json, Class<?> raw, String path) {
            String rule = raw == LocalDate.class
                    ? "must be a date such as 2026-11-22"
                    : "must be a date-time with its offset such as 2026-11-22T10:00:00Z";
            if (!(json instanceof JsonString s)) {
                return wrong(path, rule);
            }
            try {
                if (raw == LocalDate.class) {
                    return LocalDate.parse(s.getString());
                }
                OffsetDateTime time = OffsetDateTime.parse(s.getString());
                return raw == Instant.class ? time.toInstant() : time;
            } catch (DateTimeParseException e) {
                return wrong(path, rule);
            }
        }

        private Object collection(JsonValue json, Class<?> raw, Type element, String path) {
            if (!(json instanceof JsonArray array)) {
                return wrong(path, "must be a JSON array");
            }
            Collection<Object> values = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                values.add(bind(array.get(i), element, path + "[" + i + "]"));
            }
            return values;
        }

        private Object map(JsonValue json, Type valueType, String path) {
            if (!(json instanceof JsonObject object)) {
                return wrong(path, "must be a JSON object");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            object.forEach((key, value) -> values.put(key, bind(value, valueType, child(path, key))));
            return values;
        }

        private Object record(JsonValue json, Class<?> raw, String path) {
            if (!(json instanceof JsonObject object)) {
                return wrong(path, "must be a JSON object");
            }
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            int before = errors.size();
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                types[i] = component.getType();
                JsonValue value = object.get(component.getName());
                values[i] = value == null && component.getType().isPrimitive()
                        ? defaultOf(component.getType())
                        : bind(value, component.getGenericType(), child(path, component.getName()));
            }
            if (errors.size() > before) {
                return null;
            }
            try {
                Constructor<?> canonical = raw.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + raw.getName(), e);
            }
        }

        private static Object defaultOf(Class<?> primitive) {
            if (primitive == boolean.class) {
                return false;
            }
            if (primitive == long.class) {
                return 0L;
            }
            if (primitive == double.class) {
                return 0d;
            }
            return 0;
        }

        private static String child(String path, String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        private static Class<?> raw(Type type) {
            if (type instanceof Class<?> c) {
                return c;
            }
            if (type instanceof ParameterizedType p) {
                return (Class<?>) p.getRawType();
            }
            throw new IllegalArgumentException("no strict JSON binding for " + type);
        }

        private static Type element(Type type, int index) {
            if (type instanceof ParameterizedType p) {
                Type[] arguments = p.getActualTypeArguments();
                return arguments[Math.min(index, arguments.length - 1)];
            }
            return Object.class;
        }
    }
}
