package io.custos.identity.staff;

import io.custos.identity.session.Sessions;
import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.security.RequiresPermission;
import io.custos.platform.versioning.Versions;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Staff accounts of the caller's store chain: a tenant admin's all of them, a region or store
 * admin's those whose home store lies in their region or store.
 */
@Path("staff")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(value = "staff.manage", reach = PermissionCheck.Reach.ANY_SCOPE)
public class StaffResource {

    @Inject
    StaffAccounts accounts;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Inject
    Sessions sessions;

    @Context
    UriInfo uri;

    @GET
    @Transactional
    public Page<StaffView> list(
            @QueryParam("q") String q, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return accounts.page(callers.staff(), q, PageRequest.of(limit, cursor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid NewStaff request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "staff.create",
                request,
                () -> accounts.create(callers.staff(), request),
                created -> uri.getAbsolutePathBuilder().path(created.id()).build());
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response get(@PathParam("id") String id) {
        return withEtag(accounts.administered(callers.staff(), id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") JsonObject patch) {
        return withEtag(accounts.update(callers.staff(), id, ifMatch, patch));
    }

    @POST
    @Path("{id}/suspend")
    public Response suspend(@PathParam("id") String id) {
        return withEtag(accounts.suspend(callers.staff(), id));
    }

    @POST
    @Path("{id}/offboard")
    public Response offboard(@PathParam("id") String id) {
        return withEtag(accounts.offboard(callers.staff(), id));
    }

    /** Ends every session of the staff member: their access tokens are refused from the next request on. */
    @DELETE
    @Path("{id}/sessions")
    public Response endSessions(@PathParam("id") String id) {
        accounts.administered(callers.staff(), id);
        sessions.endAllOfStaff(callers.staff(), id);
        return Response.noContent().build();
    }

    private static Response withEtag(Staff member) {
        return Response.ok(StaffView.of(member))
                .tag(Versions.etag(member.version()))
                .build();
    }
}
