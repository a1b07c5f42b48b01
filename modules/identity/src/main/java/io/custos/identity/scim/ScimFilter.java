package io.custos.identity.scim;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parsed SCIM filter (RFC 7644 §3.4.2.2): comparisons ({@code eq ne co sw ew gt ge lt le}),
 * {@code pr}, {@code and}, {@code or}, {@code not ( )}, parentheses and value paths
 * ({@code emails[type eq "work"]}). {@code not} binds tighter than {@code and}, {@code and} than
 * {@code or}. Anything else is an {@code invalidFilter}.
 */
sealed interface ScimFilter {

    /** Longer filters are refused before parsing: no real client needs them. */
    int MAX_LENGTH = 1000;

    record Compare(AttributePath path, String op, JsonValue value) implements ScimFilter {}

    record Present(AttributePath path) implements ScimFilter {}

    record And(ScimFilter left, ScimFilter right) implements ScimFilter {}

    record Or(ScimFilter left, ScimFilter right) implements ScimFilter {}

    record Not(ScimFilter inner) implements ScimFilter {}

    /**
     * {@code [schema:]attribute[.sub]}, names compared ignoring case. {@link #name} is the
     * lower-case dotted name, prefixed by the schema for attributes of extensions.
     */
    record AttributePath(String schema, String attribute, String sub) {

        static AttributePath parse(String text) {
            String schema = null;
            String rest = text;
            if (text.regionMatches(true, 0, "urn:", 0, 4)) {
                int colon = text.lastIndexOf(':');
                schema = text.substring(0, colon);
                rest = text.substring(colon + 1);
            }
            int dot = rest.indexOf('.');
            String attribute = dot < 0 ? rest : rest.substring(0, dot);
            String sub = dot < 0 ? null : rest.substring(dot + 1);
            if (!attribute.matches("[A-Za-z$][A-Za-z0-9_$-]*")
                    || (sub != null && !sub.matches("[A-Za-z$][A-Za-z0-9_$-]*"))) {
                throw ScimException.invalidFilter("'" + text + "' is not an attribute path");
            }
            if (schema != null && (schema.equalsIgnoreCase(Scim.USER) || schema.equalsIgnoreCase(Scim.GROUP))) {
                schema = null; // the core schema may be named or not
            }
            return new AttributePath(schema, attribute, sub);
        }

        String name() {
            String local = (sub == null ? attribute : attribute + "." + sub).toLowerCase(Locale.ROOT);
            return schema == null ? local : schema.toLowerCase(Locale.ROOT) + ":" + local;
        }

        AttributePath withSub(String sub) {
            return new AttributePath(schema, attribute, sub);
        }
    }

    static ScimFilter parse(String text) {
        if (text == null || text.isBlank()) {
            throw ScimException.invalidFilter("the filter is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw ScimException.invalidFilter("the filter is longer than " + MAX_LENGTH + " characters");
        }
        Parser parser = new Parser(Tokens.of(text));
        ScimFilter filter = parser.or(null);
        if (parser.more()) {
            throw ScimException.invalidFilter("unexpected '" + parser.peek() + "' in the filter");
        }
        return filter;
    }

    /** Whether a JSON object (an element of a multi-valued attribute) matches, as a value filter would. */
    static boolean matches(ScimFilter filter, JsonObject element) {
        if (filter instanceof And and) {
            return matches(and.left(), element) && matches(and.right(), element);
        }
        if (filter instanceof Or or) {
            return matches(or.left(), element) || matches(or.right(), element);
        }
        if (filter instanceof Not not) {
            return !matches(not.inner(), element);
        }
        if (filter instanceof Present present) {
            JsonValue value = subValue(present.path(), element);
            return value != null && value.getValueType() != JsonValue.ValueType.NULL;
        }
        Compare compare = (Compare) filter;
        return compare(subValue(compare.path(), element), compare.op(), compare.value());
    }

    private static JsonValue subValue(AttributePath path, JsonObject element) {
        String name = path.sub() != null ? path.sub() : path.attribute();
        return element.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(java.util.Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static boolean compare(JsonValue actual, String op, JsonValue expected) {
        if (actual == null) {
            return op.equals("ne");
        }
        String left = text(actual).toLowerCase(Locale.ROOT);
        String right = text(expected).toLowerCase(Locale.ROOT);
        return switch (op) {
            case "eq" -> left.equals(right);
            case "ne" -> !left.equals(right);
            case "co" -> left.contains(right);
            case "sw" -> left.startsWith(right);
            case "ew" -> left.endsWith(right);
            default -> throw ScimException.invalidFilter("'" + op + "' is not supported in value filters");
        };
    }

    static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> "";
        };
    }

    /** Words, quoted strings and the brackets, split on white space. */
    final class Tokens {

        private Tokens() {}

        static List<String> of(String text) {
            List<String> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')' || c == '[' || c == ']') {
                    tokens.add(String.valueOf(c));
                    i++;
                } else if (c == '"') {
                    int end = i + 1;
                    while (end < text.length() && text.charAt(end) != '"') {
                        end += text.charAt(end) == '\\' ? 2 : 1;
                    }
                    if (end >= text.length()) {
                        throw ScimException.invalidFilter("a string in the filter is not closed");
                    }
                    tokens.add(text.substring(i, end + 1));
                    i = end + 1;
                } else {
                    int end = i;
                    while (end < text.length()
                            && !Character.isWhitespace(text.charAt(end))
                            && "()[]\"".indexOf(text.charAt(end)) < 0) {
                        end++;
                    }
                    tokens.add(text.substring(i, end));
                    i = end;
                }
            }
            return tokens;
        }
    }

    /** Recursive descent over the tokens; {@code prefix} is the attribute of an enclosing value path. */
    final class Parser {

        private static final List<String> OPERATORS = List.of("eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le");

        private final List<String> tokens;
        private int next;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        boolean more() {
            return next < tokens.size();
        }

        String peek() {
            return tokens.get(next);
        }

        private String take(String what) {
            if (!more()) {
                throw ScimException.invalidFilter("the filter ends where " + what + " was expected");
            }
            return tokens.get(next++);
        }

        private boolean takeIf(String word) {
            if (more() && peek().equalsIgnoreCase(word)) {
                next++;
                return true;
            }
            return false;
        }

        ScimFilter or(AttributePath prefix) {
            ScimFilter left = and(prefix);
            while (takeIf("or")) {
                left = new Or(left, and(prefix));
            }
            return left;
        }

        private ScimFilter and(AttributePath prefix) {
            ScimFilter left = unary(prefix);
            while (takeIf("and")) {
                left = new And(left, unary(prefix));
            }
            return left;
        }

        private ScimFilter unary(AttributePath prefix) {
            if (takeIf("not")) {
                expect("(");
                ScimFilter inner = or(prefix);
                expect(")");
                return new Not(inner);
            }
            if (takeIf("(")) {
                ScimFilter inner = or(prefix);
                expect(")");
                return inner;
            }
            return comparison(prefix);
        }

        private ScimFilter comparison(AttributePath prefix) {
            String attribute = take("an attribute");
            AttributePath path = AttributePath.parse(attribute);
            if (prefix != null) {
                if (path.sub() != null || path.schema() != null) {
                    throw ScimException.invalidFilter(
                            "'" + attribute + "' inside a value path must be a sub-attribute");
                }
                path = prefix.withSub(path.attribute());
            } else if (takeIf("[")) {
                if (path.sub() != null) {
                    throw ScimException.invalidFilter("a value path needs a multi-valued attribute: " + attribute);
                }
                ScimFilter inner = or(path);
                expect("]");
                return inner;
            }
            String op = take("an operator").toLowerCase(Locale.ROOT);
            if (op.equals("pr")) {
                return new Present(path);
            }
            if (!OPERATORS.contains(op)) {
                throw ScimException.invalidFilter("'" + op + "' is not a filter operator");
            }
            return new Compare(path, op, literal(take("a value")));
        }

        private static JsonValue literal(String token) {
            if (token.startsWith("\"")) {
                try (var reader = Scim.JSON.createReader(new java.io.StringReader("[" + token + "]"))) {
                    return reader.readArray().get(0);
                } catch (RuntimeException e) {
                    throw ScimException.invalidFilter("the string " + token + " is not valid");
                }
            }
            return switch (token.toLowerCase(Locale.ROOT)) {
                case "true" -> JsonValue.TRUE;
                case "false" -> JsonValue.FALSE;
                case "null" -> JsonValue.NULL;
                default -> {
                    try {
                        yield Scim.JSON.createValue(new java.math.BigDecimal(token));
                    } catch (NumberFormatException e) {
                        throw ScimException.invalidFilter("'" + token + "' is not a value (strings are quoted)");
                    }
                }
            };
        }

        private void expect(String token) {
            String found = take("'" + token + "'");
            if (!found.equals(token)) {
                throw ScimException.invalidFilter("'" + token + "' expected, found '" + found + "'");
            }
        }
    }
}
