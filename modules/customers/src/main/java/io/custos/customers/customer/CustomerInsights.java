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
    static final Map<String, String> FILTERS =
            Map.of("country", "c.country", "storeId", "c.storeId", "regionId", "c.regionId");

    @Inject
    TenantData data;

    @Inject
    AccessDecisions decisions;

    @Inject
    @ConfigProperty(name = "custos.insights.k", defaultValue = "5")
    int k;

    @Transactional
    public Aggregate aggregate(Caller caller, AggregateQuery query) {
        List<String> groups = query.groupBy();
        for (int i = 0; i < groups.size(); i++) {
            if (!GROUPS.containsKey(groups.get(i))) {
                throw new InvalidInput(
                        "groupBy[" + i + "]",
                        "must be one of " + GROUPS.keySet().stream().sorted().toList());
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
        String columns = String.join(", ", groups.stream().map(GROUPS::get).toList());
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
