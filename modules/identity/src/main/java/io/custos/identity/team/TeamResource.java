package io.custos.identity.team;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Teams of the caller's store chain. */
@Path("teams")
@Tag(name = "Teams")
@SecurityRequirement(name = "accessToken")
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
    @Operation(summary = "List teams")
    @APIResponse(responseCode = "200", description = "A page of teams")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<TeamView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return teams.page(PageRequest.of(limit, cursor));
    }

    @POST
    @Operation(summary = "Create a team")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response create(@NotNull(message = "a JSON body is required") @Valid NewTeam request) {
        TeamView team = teams.create(callers.staff(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(team.id()).build())
                .entity(team)
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A team and its members")
    @APIResponse(responseCode = "200", description = "The team")
    public TeamView get(@PathParam("id") String id) {
        return teams.view(id);
    }

    @PUT
    @Path("{id}/members")
    @Operation(summary = "Replace a team's members")
    @APIResponse(responseCode = "200", description = "The team with its new members")
    public TeamView replaceMembers(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid Members members) {
        return teams.replaceMembers(callers.staff(), id, members);
    }
}
