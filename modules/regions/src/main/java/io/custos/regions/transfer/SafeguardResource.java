package io.custos.regions.transfer;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.CallerContext;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The tenant's transfer safeguards, recorded and read under {@code tenant.manage}. */
@Path("transfer-safeguards")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("tenant.manage")
public class SafeguardResource {

    @Inject
    Safeguards safeguards;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    public Page<SafeguardView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return safeguards.page(PageRequest.of(limit, cursor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid NewSafeguard request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "transfer-safeguard.create",
                request,
                () -> safeguards.record(callers.staff(), request),
                safeguard -> uri.getAbsolutePathBuilder().path(safeguard.id()).build());
    }

    @GET
    @Path("{id}")
    public SafeguardView get(@PathParam("id") String id) {
        return safeguards.view(id);
    }
}
