package io.custos.regions.store;

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

/** Stores of the caller's store chain: every staff member reads, tenant managers create. */
@Path("stores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoreResource {

    @Inject
    Stores stores;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    public Page<StoreView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return stores.page(PageRequest.of(limit, cursor));
    }

    @POST
    @RequiresPermission("tenant.manage")
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid NewStore request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "store.create",
                request,
                () -> stores.create(callers.staff(), request),
                store -> uri.getAbsolutePathBuilder().path(store.id()).build());
    }

    @GET
    @Path("{id}")
    public StoreView get(@PathParam("id") String id) {
        return stores.view(id);
    }
}
