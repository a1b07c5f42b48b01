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

/** Training completion reports and the reminder feed, for training managers. */
@Path("training")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("training.manage")
public class ReportResource {

    @Inject
    TrainingReports reports;

    @GET
    @Path("report")
    public Report report(@QueryParam("groupBy") String groupBy) {
        return reports.report(groupBy);
    }

    @GET
    @Path("due")
    public Page<DueItem> due(
            @QueryParam("withinDays") Integer withinDays,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return reports.due(withinDays, PageRequest.of(limit, cursor));
    }
}
