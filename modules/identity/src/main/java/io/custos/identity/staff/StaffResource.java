package io.custos.identity.staff;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import io.custos.platform.versioning.Versions;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff accounts of the caller's store chain. */
@Path("staff")
@Tag(name = "Staff")
@SecurityRequirement(name = "accessToken")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("staff.manage")
public class StaffResource {

    @Inject
    StaffDirectory staff;

    @Inject
    StaffAccounts accounts;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    @Transactional
    @Operation(summary = "List staff accounts")
    @APIResponse(responseCode = "200", description = "A page of staff accounts")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<StaffView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return staff.page(PageRequest.of(limit, cursor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
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
    @Operation(summary = "A staff account (with its ETag)")
    @APIResponse(responseCode = "200", description = "The staff account")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response get(@PathParam("id") String id) {
        return withEtag(staff.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change email, display name, home store or password (If-Match required)")
    @APIResponse(responseCode = "200", description = "The changed account")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") JsonObject patch) {
        return withEtag(accounts.update(callers.staff(), id, ifMatch, patch));
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend: no request of the account is served any more")
    @APIResponse(responseCode = "200", description = "The suspended account")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response suspend(@PathParam("id") String id) {
        return withEtag(accounts.suspend(callers.staff(), id));
    }

    @POST
    @Path("{id}/offboard")
    @Operation(summary = "Offboard: revoke every grant and end the account for good")
    @APIResponse(responseCode = "200", description = "The offboarded account")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response offboard(@PathParam("id") String id) {
        return withEtag(accounts.offboard(callers.staff(), id));
    }

    private static Response withEtag(Staff member) {
        return Response.ok(StaffView.of(member))
                .tag(Versions.etag(member.version()))
                .build();
    }
}
