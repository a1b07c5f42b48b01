package io.custos.audit.trail;

import io.custos.platform.access.AccessHistory;
import io.custos.platform.access.KnownCustomers;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Who accessed one customer's data, when, and with what outcome: read from the audit trail. */
@Path("customers/{id}/access-log")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("audit.read")
public class CustomerAccessLogResource {

    @Inject
    AuditSearch search;

    @Inject
    KnownCustomers customers;

    @GET
    public Page<AccessHistory.Access> log(
            @PathParam("id") String customerId,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        Page<AuditItem> entries = search.search(
                new AuditSearch.Filter(null, customerId, null, null, null, null), PageRequest.of(limit, cursor));
        if (entries.items().isEmpty() && cursor == null && !customers.exists(customerId)) {
            // a customer's log is empty after a purge, but answers; a deleted one's answers while it has entries
            throw new NotFound("customer", customerId);
        }
        return new Page<>(
                entries.items().stream()
                        .map(e -> new AccessHistory.Access(e.at(), e.actorId(), e.action(), e.decision()))
                        .toList(),
                entries.nextCursor());
    }
}
