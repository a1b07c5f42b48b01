package io.custos.consent.ledger;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A customer's consents: record an event, read the state in force and the history. */
@Path("customers/{id}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentResource {

    @Inject
    Consents consents;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @POST
    @RequiresPermission(value = "consent.record", reach = PermissionCheck.Reach.ANY_SCOPE)
    public Response record(
            @PathParam("id") String customerId,
            @NotNull(message = "a JSON body is required") @Valid NewConsent consent,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "consent.record",
                consent,
                () -> consents.record(callers.staff(), customerId, consent),
                recorded -> uri.getAbsolutePathBuilder().build());
    }

    @GET
    @RequiresPermission(value = "consent.read", reach = PermissionCheck.Reach.ANY_SCOPE)
    public ConsentOverview overview(@PathParam("id") String customerId) {
        return consents.overview(callers.staff(), customerId);
    }
}
