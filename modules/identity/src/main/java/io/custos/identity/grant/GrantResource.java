package io.custos.identity.grant;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.InvalidInput;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/** Grants: roles given to staff over scopes, for a time. */
@Path("grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(value = "grant.manage", reach = PermissionCheck.Reach.ANY_SCOPE)
public class GrantResource {

    @Inject
    Grants grants;

    @Inject
    BulkGrants bulk;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    public Page<GrantView> list(
            @QueryParam("staffId") String staffId,
            @QueryParam("status") String status,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return grants.page(callers.staff(), staffId, status(status), PageRequest.of(limit, cursor));
    }

    @POST
    public Response give(
            @NotNull(message = "a JSON body is required") @Valid NewGrant request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "grant.give",
                request,
                () -> grants.give(callers.staff(), request),
                grant -> uri.getAbsolutePathBuilder().path(grant.id()).build());
    }

    /** Many grants at once, all or none; each checked as {@link #give} checks one. */
    @POST
    @Path("bulk")
    public Response giveMany(
            @NotNull(message = "a JSON body is required") @Valid NewGrants request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.ok(
                callers.staff(),
                idempotencyKey,
                "grant.give-many",
                request,
                () -> new GrantList(bulk.give(callers.staff(), request.grants())));
    }

    /** Many grants ended at once, all or none, for one reason. */
    @POST
    @Path("bulk-revoke")
    public GrantList revokeMany(@NotNull(message = "a JSON body is required") @Valid Revocations request) {
        return new GrantList(bulk.revoke(callers.staff(), request.grantIds(), request.reason()));
    }

    @GET
    @Path("{id}")
    public GrantView get(@PathParam("id") String id) {
        return grants.view(callers.staff(), id);
    }

    @POST
    @Path("{id}/revoke")
    public GrantView revoke(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid Revocation revocation) {
        return grants.revoke(callers.staff(), id, revocation.reason());
    }

    private static GrantStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return GrantStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "must be one of ACTIVE, PENDING, EXPIRED, REVOKED");
        }
    }
}
