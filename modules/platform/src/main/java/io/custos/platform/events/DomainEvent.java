package io.custos.platform.events;

import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A change or decision a module reports, fired synchronously inside the transaction of the work:
 * the audit trail observes every {@code DomainEvent}, so an entry commits or rolls back with it.
 * Implementations are past-tense records ({@code GrantRevoked}).
 */
public interface DomainEvent {

    TenantId tenantId();

    /** The staff member (or {@code operator}, {@code system}) who acted. */
    String actorId();

    /** A permission-style name of what happened, such as {@code grant.revoke}. */
    String action();

    String targetType();

    String targetId();

    Instant at();

    /** ALLOW or DENY for access decisions; null for changes. */
    default String decision() {
        return null;
    }

    /** What changed: field values after the change, and before it where that matters. */
    default Map<String, Object> details() {
        return Map.of();
    }

    /**
     * Customers whose data the action showed besides its target (a list page, a segment's page):
     * each one's access log lists the entry. The details should name them too, so the chain holds them.
     */
    default List<String> exposedCustomers() {
        return List.of();
    }
}
