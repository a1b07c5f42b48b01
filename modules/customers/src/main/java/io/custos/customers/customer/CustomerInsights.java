package io.custos.customers.customer;

import io.custos.customers.insights.Aggregate;
import io.custos.customers.insights.AggregateQuery;
import io.custos.platform.access.AccessDecisions;
import io.custos.platform.access.ReachClause;
import io.custos.platform.access.Subject;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts of customers within the caller's reach of insights.aggregate, grouped in SQL. Cells
 * smaller than k are suppressed (count null), so no group narrows down to a few people.
 */
@ApplicationScoped
public class CustomerInsights {

    static final String PERMISSION = "insights.aggregate";
    static final Map<String, String> GROUPS = Map.of(
            "country", "c.country",
            "storeId", "c.storeId",
            "regionId", "c.regionId",
            "month", "FUNCTION('DATE_FORMAT', c.createdAt, '%Y-%m')");
    static final String AGE_BAND = "ageBand";
    /** Bands from the birth year: a customer's age this year, so one year early before their birthday. */
    private static final int[][] BANDS = {{0, 17}, {18, 24}, {25, 34}, {35, 44}, {45, 54}, {55, 64}};

    static final Map<String, String> FILTERS =
            Map.of("country", "c.country", "storeId", "c.storeId", "regionId", "c.regionId");

    @Inject
    TenantData data;

    @Inject
    java.time.Clock clock;

    @Inject
    AccessDecisions decisions;

    @Inject
    @ConfigProperty(name = "custos.insights.k", defaultValue = "5")
    int k;

    /**
     * The band as a JPQL CASE on the birth year. The year is written into the expression (an
     * integer from the clock, never input) so the SELECT and GROUP BY expressions are the same
     * text, as MySQL's ONLY_FULL_GROUP_BY requires.
     */
    static String ageBand(int year) {
        StringBuilder band = new StringBuilder("CASE WHEN c.birthYear IS NULL THEN 'unknown'");
        for (int[] b : BANDS) {
            band.append(" WHEN c.birthYear >= ")
                    .append(year - b[1])
                    .append(" THEN '")
                    .append(b[0] == 0 ? "under 18" : b[0] + "-" + b[1])
                    .append("'");
        }
        return band.append(" ELSE '65+' END").toString();
    }

    @Transactional
    public Aggregate aggregate(Caller caller, AggregateQuery query) {
        List<String> groups = query.groupBy();
        for (int i = 0; i < groups.size(); i++) {
            if (!GROUPS.containsKey(groups.get(i)) && !groups.get(i).equals(AGE_BAND)) {
                throw new InvalidInput(
                        "groupBy[" + i + "]",
                        "must be one of "
                                + java.util.stream.Stream.concat(
                                                GROUPS.keySet().stream(), java.util.stream.Stream.of(AGE_BAND))
                                        .sorted()
                                        .toList());
            }
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE c.deletedAt IS NULL");
        ReachClause.of("c", decisions.reach(Subject.of(caller), PERMISSION), caller.staffId(), parameters)
                .ifPresent(clause -> where.append(" AND ").append(clause));
        if (query.filters() != null) {
            for (Map.Entry<String, String> filter : query.filters().entrySet()) {
                String column = FILTERS.get(filter.getKey());
                if (column == null) {
                    throw new InvalidInput(
                            "filters." + filter.getKey(),
                            "must be one of "
                                    + FILTERS.keySet().stream().sorted().toList());
                }
                where.append(" AND ").append(column).append(" = :filter_").append(filter.getKey());
                parameters.put("filter_" + filter.getKey(), filter.getValue());
            }
        }
        int year = java.time.LocalDate.now(clock).getYear();
        String columns = String.join(
                ", ",
                groups.stream()
                        .map(g -> g.equals(AGE_BAND) ? ageBand(year) : GROUPS.get(g))
                        .toList());
        Query sql = data.em()
                .createQuery("SELECT " + columns + ", COUNT(c) FROM Customer c" + where + " GROUP BY " + columns
                        + " ORDER BY " + columns);
        parameters.forEach(sql::setParameter);
        List<Aggregate.Cell> cells = new ArrayList<>();
        for (Object row : sql.getResultList()) {
            Object[] values = row instanceof Object[] array ? array : new Object[] {row};
            Map<String, String> key = new LinkedHashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                key.put(groups.get(i), values[i] == null ? null : String.valueOf(values[i]));
            }
            long count = ((Number) values[groups.size()]).longValue();
            cells.add(count < k ? new Aggregate.Cell(key, null, true) : new Aggregate.Cell(key, count, false));
        }
        return new Aggregate(k, cells);
    }
}
