package io.custos.audit.trail;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Filters over the bound tenant's trail, paged by sequence number: oldest first, or newest first.
 * In both orders the cursor is the sequence number of the last entry shown, and the next page
 * continues past it in the same order.
 */
@ApplicationScoped
public class AuditSearch {

    @Inject
    TenantData data;

    /** Filters by actor, customer, action, decision and time ({@code from} inclusive, {@code to} exclusive). */
    public record Filter(String actorId, String customerId, String action, String decision, Instant from, Instant to) {}

    /** Oldest first. */
    @Transactional
    public Page<AuditItem> search(Filter filter, PageRequest request) {
        return search(filter, request, false);
    }

    @Transactional
    public Page<AuditItem> search(Filter filter, PageRequest request, boolean newestFirst) {
        // entries not yet chained are not yet on the trail
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE e.seq IS NOT NULL");
        Map<String, Object> parameters = new LinkedHashMap<>();
        condition(jpql, parameters, "e.actorId = :actor", "actor", filter.actorId());
        condition(jpql, parameters, "e.action = :action", "action", filter.action());
        condition(jpql, parameters, "e.decision = :decision", "decision", filter.decision());
        if (filter.customerId() != null) {
            // the customer's own entries, and those of pages that showed them among others
            jpql.append(" AND ((e.targetType = 'customer' AND e.targetId = :customer)"
                    + " OR e.id IN (SELECT x.entryId FROM AuditExposure x WHERE x.customerId = :customer))");
            parameters.put("customer", filter.customerId());
        }
        condition(
                jpql,
                parameters,
                "e.atMillis >= :from",
                "from",
                filter.from() == null ? null : filter.from().toEpochMilli());
        condition(
                jpql,
                parameters,
                "e.atMillis < :to",
                "to",
                filter.to() == null ? null : filter.to().toEpochMilli());
        if (request.after() != null) {
            try {
                parameters.put("after", Long.parseLong(request.after()));
            } catch (NumberFormatException e) {
                throw new InvalidInput("cursor", "is not a cursor this API gave out");
            }
            jpql.append(newestFirst ? " AND e.seq < :after" : " AND e.seq > :after");
        }
        TypedQuery<AuditEntry> query = data.em()
                .createQuery(
                        jpql.append(newestFirst ? " ORDER BY e.seq DESC" : " ORDER BY e.seq")
                                .toString(),
                        AuditEntry.class);
        parameters.forEach(query::setParameter);
        return Page.of(
                query.setMaxResults(request.probeSize()).getResultList(),
                request,
                e -> Long.toString(e.seq()),
                AuditItem::of);
    }

    private static void condition(
            StringBuilder jpql, Map<String, Object> parameters, String clause, String name, Object value) {
        if (value != null) {
            jpql.append(" AND ").append(clause);
            parameters.put(name, value);
        }
    }
}
