package io.custos.identity.scim;

import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A SCIM filter as a JPQL condition over the columns a resource type exposes to filtering; an
 * attribute or operator it cannot answer is an {@code invalidFilter}, never a silent "match all".
 */
final class ScimQuery {

    /** How an attribute is compared: text ignoring case, text exactly, or {@code active} as a status. */
    enum Kind {
        TEXT,
        EXACT,
        ACTIVE
    }

    /** A filterable attribute: its JPQL expression and how it compares. */
    record Column(String expression, Kind kind) {}

    /** The condition and its named parameters. */
    record Where(String jpql, Map<String, Object> parameters) {}

    private final Map<String, Column> columns;
    private final Object activeValue;
    private final Map<String, Object> parameters = new HashMap<>();

    private ScimQuery(Map<String, Column> columns, Object activeValue) {
        this.columns = columns;
        this.activeValue = activeValue;
    }

    /** A page of resources and how many match in all. */
    record Found<T>(long total, List<T> items) {}

    /**
     * The page of {@code type}'s entities (alias {@code r}) that meet {@code condition} and the
     * filter, if any, in creation order (entities have {@code createdAt} and {@code id}).
     */
    static <T> Found<T> find(
            EntityManager em,
            Class<T> type,
            String condition,
            Map<String, Object> conditionParameters,
            String filter,
            Map<String, Column> columns,
            Object activeValue,
            ScimPaging paging) {
        StringBuilder where = new StringBuilder(" FROM ")
                .append(type.getSimpleName())
                .append(" r WHERE ")
                .append(condition);
        Map<String, Object> parameters = new HashMap<>(conditionParameters);
        if (filter != null) {
            Where filtered = where(ScimFilter.parse(filter), columns, activeValue);
            where.append(" AND ").append(filtered.jpql());
            parameters.putAll(filtered.parameters());
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r)" + where, Long.class);
        TypedQuery<T> page = em.createQuery("SELECT r" + where + " ORDER BY r.createdAt, r.id", type);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<T> items = paging.count() == 0
                ? List.of()
                : page.setFirstResult(paging.startIndex() - 1)
                        .setMaxResults(paging.count())
                        .getResultList();
        return new Found<>(total, items);
    }

    /** {@code activeValue} is what an {@link Kind#ACTIVE} column holds for an active resource. */
    static Where where(ScimFilter filter, Map<String, Column> columns, Object activeValue) {
        ScimQuery query = new ScimQuery(columns, activeValue);
        String jpql = query.condition(filter);
        return new Where(jpql, Map.copyOf(query.parameters));
    }

    private String condition(ScimFilter filter) {
        if (filter instanceof ScimFilter.And and) {
            return "(" + condition(and.left()) + " AND " + condition(and.right()) + ")";
        }
        if (filter instanceof ScimFilter.Or or) {
            return "(" + condition(or.left()) + " OR " + condition(or.right()) + ")";
        }
        if (filter instanceof ScimFilter.Not not) {
            return "(NOT " + condition(not.inner()) + ")";
        }
        if (filter instanceof ScimFilter.Present present) {
            Column column = column(present.path());
            return column.kind() == Kind.ACTIVE
                    ? "(1 = 1)"
                    : "(" + column.expression() + " IS NOT NULL AND " + column.expression() + " <> '')";
        }
        ScimFilter.Compare compare = (ScimFilter.Compare) filter;
        Column column = column(compare.path());
        if (column.kind() == Kind.ACTIVE) {
            return active(compare);
        }
        if (compare.value().getValueType() != JsonValue.ValueType.STRING) {
            throw ScimException.invalidFilter(compare.path().name() + " is compared with a string");
        }
        String value = ScimFilter.text(compare.value());
        boolean ignoreCase = column.kind() == Kind.TEXT;
        String left = ignoreCase ? "LOWER(" + column.expression() + ")" : column.expression();
        String operand = ignoreCase ? value.toLowerCase(Locale.ROOT) : value;
        return switch (compare.op()) {
            case "eq" -> "(" + left + " = " + parameter(operand) + ")";
            case "ne" -> "(" + left + " IS NULL OR " + left + " <> " + parameter(operand) + ")";
            case "co" -> "(" + left + " LIKE " + parameter("%" + escaped(operand) + "%") + ")";
            case "sw" -> "(" + left + " LIKE " + parameter(escaped(operand) + "%") + ")";
            case "ew" -> "(" + left + " LIKE " + parameter("%" + escaped(operand)) + ")";
            default ->
                throw ScimException.invalidFilter("'" + compare.op() + "' is not supported for "
                        + compare.path().name());
        };
    }

    private String active(ScimFilter.Compare compare) {
        JsonValue value = compare.value();
        boolean wanted;
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            wanted = value == JsonValue.TRUE;
        } else {
            throw ScimException.invalidFilter("active is compared with true or false");
        }
        if (compare.op().equals("ne")) {
            wanted = !wanted;
        } else if (!compare.op().equals("eq")) {
            throw ScimException.invalidFilter("active is compared with eq or ne only");
        }
        Column column = column(compare.path());
        return "(" + column.expression() + (wanted ? " = " : " <> ") + parameter(activeValue) + ")";
    }

    private Column column(ScimFilter.AttributePath path) {
        Column column = columns.get(path.name());
        if (column == null) {
            throw ScimException.invalidFilter("filtering by '" + path.name() + "' is not supported; by "
                    + new java.util.TreeSet<>(columns.keySet()));
        }
        return column;
    }

    private String parameter(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    /** LIKE's wildcards taken literally (MariaDB's default escape character is the backslash). */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
