package io.custos.customers.insights;

import io.custos.customers.customer.CustomerInsights;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Aggregates for analysts: counts within their reach, small cells suppressed. */
@Path("insights/aggregate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(value = "insights.aggregate", reach = PermissionCheck.Reach.ANY_SCOPE)
public class InsightsResource {

    @Inject
    CustomerInsights insights;

    @Inject
    CallerContext callers;

    @POST
    public Aggregate aggregate(@NotNull(message = "a JSON body is required") @Valid AggregateQuery query) {
        return insights.aggregate(callers.staff(), query);
    }
}
