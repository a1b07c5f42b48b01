package io.custos.requests.breach;

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

/** The tenant's breach register: register, list, read, the affected customers, notifications made. */
@Path("breaches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission("breach.manage")
public class BreachResource {

    @Inject
    Breaches breaches;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @POST
    public Response register(
            @NotNull(message = "a JSON body is required") @Valid NewBreach incident,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "breach.register",
                incident,
                () -> breaches.register(callers.staff(), incident),
                registered -> uri.getAbsolutePathBuilder().path(registered.id()).build());
    }

    @GET
    public Page<BreachView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return breaches.list(PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public BreachView get(@PathParam("id") String id) {
        return breaches.get(id);
    }

    @GET
    @Path("{id}/affected-customers")
    public Page<BreachView.AffectedCustomer> affected(
            @PathParam("id") String id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return breaches.affected(id, PageRequest.of(limit, cursor));
    }

    @POST
    @Path("{id}/tasks/{taskId}/complete")
    public BreachView completeTask(
            @PathParam("id") String id,
            @PathParam("taskId") String taskId,
            @NotNull(message = "a JSON body is required") @Valid TaskCompletion completion) {
        return breaches.completeTask(callers.staff(), id, taskId, completion);
    }
}
