package io.custos.identity.role;

import io.custos.identity.grant.Grants;
import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.Caller;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import io.custos.platform.versioning.Versions;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Roles: built-in templates and the tenant's own permission sets. */
@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission("role.manage")
public class RoleResource {

    @Inject
    Roles roles;

    @Inject
    Grants grants;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    public Page<RoleView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return roles.page(PageRequest.of(limit, cursor));
    }

    @POST
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid NewRole request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "role.create",
                request,
                () -> roles.create(callers.staff(), request),
                role -> uri.getAbsolutePathBuilder().path(role.id()).build());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withEtag(roles.get(id));
    }

    @PUT
    @Path("{id}")
    public Response change(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid NewRole request) {
        Caller caller = callers.staff();
        return withEtag(roles.change(caller, id, ifMatch, request, grants.tenantWidePermissionsOf(caller.staffId())));
    }

    private static Response withEtag(Role role) {
        return Response.ok(RoleView.of(role)).tag(Versions.etag(role.version())).build();
    }
}
