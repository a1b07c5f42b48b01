package io.custos.training.report;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Training completion reports and the reminder feed, for those who read them: training.report, a
 * permission apart from managing courses (training.manage), so a manager can follow completion
 * without changing what is required.
 */
@Path("training")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("training.report")
public class ReportResource {

    static final String CSV = "text/csv";

    @Inject
    TrainingReports reports;

    @GET
    @Path("report")
    public Report report(@QueryParam("groupBy") String groupBy) {
        return reports.report(groupBy);
    }

    /** The monthly history as JSON, or as CSV (the same rows) when the client accepts text/csv. */
    @GET
    @Path("report/monthly")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response monthly(
            @QueryParam("groupBy") String groupBy,
            @QueryParam("months") Integer months,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        MonthlyReport report = reports.monthly(groupBy, months);
        if (accept != null && accept.contains(CSV)) {
            return Response.ok(MonthlyCsv.of(report), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=training-" + report.groupBy() + "-monthly.csv")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
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
