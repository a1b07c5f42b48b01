package io.custos.training.report;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Training completion reports and the reminder feed, for training managers. */
@Path("training")
@Tag(name = "Training")
@SecurityRequirement(name = "accessToken")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("training.manage")
public class ReportResource {

    @Inject
    TrainingReports reports;

    @GET
    @Path("report")
    @Operation(
            summary = "Completion and overdue rates by store, region (of the staff member's home store) or course,"
                    + " and every overdue assignment")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Report report(@QueryParam("groupBy") String groupBy) {
        return reports.report(groupBy);
    }

    @GET
    @Path("due")
    @Operation(summary = "Assignments due, overdue or expiring within the coming days (default 14), soonest first")
    @APIResponse(responseCode = "200", description = "A page of reminders")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<DueItem> due(
            @QueryParam("withinDays") Integer withinDays,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return reports.due(withinDays, PageRequest.of(limit, cursor));
    }
}
