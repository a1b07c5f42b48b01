package io.custos.training.assignment;

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

/** Training assignments: derived from grants, and set by hand by training managers. */
@Path("training/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission("training.manage")
public class AssignmentResource {

    @Inject
    Assignments assignments;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    public Page<AssignmentView> list(
            @QueryParam("staffId") String staffId,
            @QueryParam("courseCode") String courseCode,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return assignments.page(staffId, courseCode, PageRequest.of(limit, cursor));
    }

    @POST
    public Response assign(
            @NotNull(message = "a JSON body is required") @Valid NewAssignment request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "training.assign",
                request,
                () -> assignments.assign(callers.staff(), request),
                assignment -> uri.getAbsolutePathBuilder().path(assignment.id()).build());
    }

    @GET
    @Path("{id}")
    public AssignmentView get(@PathParam("id") String id) {
        return assignments.view(id);
    }
}
