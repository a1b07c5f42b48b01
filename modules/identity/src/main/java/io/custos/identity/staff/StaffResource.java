package io.custos.identity.staff;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

    @GET
    @Transactional
    @Operation(summary = "List staff accounts")
    @APIResponse(responseCode = "200", description = "A page of staff accounts")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<StaffView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return staff.page(PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "A staff account")
    @APIResponse(responseCode = "200", description = "The staff account")
    @APIResponse(responseCode = "401", ref = "Unauthenticated")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public StaffView get(@PathParam("id") String id) {
        return StaffView.of(staff.get(id));
    }
}
