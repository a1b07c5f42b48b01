package io.custos.identity.scim;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The tenant's SCIM tokens, administered under {@code tenant.manage} (sensitive: an MFA session). */
@Path("scim/tokens")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("tenant.manage")
public class ScimTokenResource {

    @Inject
    ScimTokens tokens;

    @Inject
    CallerContext callers;

    @Context
    UriInfo uri;

    @GET
    public Page<ScimTokenView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return tokens.page(PageRequest.of(limit, cursor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "a JSON body is required") @Valid NewScimToken request) {
        IssuedScimToken issued = tokens.create(callers.staff(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(issued.id()).build())
                .entity(issued)
                .build();
    }

    @GET
    @Path("{id}")
    public ScimTokenView get(@PathParam("id") String id) {
        return tokens.view(id);
    }

    @POST
    @Path("{id}/rotate")
    public IssuedScimToken rotate(@PathParam("id") String id) {
        return tokens.rotate(callers.staff(), id);
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        tokens.revoke(callers.staff(), id);
        return Response.noContent().build();
    }
}
