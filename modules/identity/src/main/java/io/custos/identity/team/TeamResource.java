package io.custos.identity.team;

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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

/** Teams of the caller's store chain. */
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission("staff.manage")
public class TeamResource {

    @Inject
    Teams teams;

    @Inject
    CallerContext callers;

    @Context
    UriInfo uri;

    @GET
    public Page<TeamView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return teams.page(PageRequest.of(limit, cursor));
    }

    @POST
    public Response create(@NotNull(message = "a JSON body is required") @Valid NewTeam request) {
        TeamView team = teams.create(callers.staff(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(team.id()).build())
                .entity(team)
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return teams.versioned(id).answer();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response rename(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid TeamChange change) {
        return teams.rename(callers.staff(), id, ifMatch, change).answer();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        teams.delete(callers.staff(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/members")
    public TeamView replaceMembers(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid Members members) {
        return teams.replaceMembers(callers.staff(), id, members);
    }
}
