package io.custos.consent.segment;

import io.custos.customers.api.CustomerRecords;
import io.custos.platform.csv.CsvCells;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.Caller;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Customers lawful for a purpose inside the caller's reach: pages, counts and CSV exports. */
@Path("segments")
@Consumes(MediaType.APPLICATION_JSON)
public class SegmentResource {

    static final int EXPORT_PAGE = 500;

    @Inject
    Segments segments;

    @Inject
    CallerContext callers;

    @POST
    @Path("query")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission(value = "segments.query", reach = PermissionCheck.Reach.ANY_SCOPE)
    public Page<CustomerRecords.Contact> query(
            @NotNull(message = "a JSON body is required") @Valid SegmentQuery query,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return segments.query(callers.staff(), query, PageRequest.of(limit, cursor));
    }

    @POST
    @Path("count")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission(value = "segments.query", reach = PermissionCheck.Reach.ANY_SCOPE)
    public SegmentCount count(@NotNull(message = "a JSON body is required") @Valid SegmentQuery query) {
        return new SegmentCount(query.purpose(), segments.count(callers.staff(), query));
    }

    /** The count answer. */
    public record SegmentCount(String purpose, long count) {}

    @POST
    @Path("export")
    @Produces("text/csv")
    @RequiresPermission(value = "customer.export", reach = PermissionCheck.Reach.ANY_SCOPE)
    public Response export(@NotNull(message = "a JSON body is required") @Valid SegmentQuery query) {
        Caller caller = callers.staff();
        segments.recordExport(caller, query);
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (CSVPrinter csv = CSVFormat.RFC4180
                    .builder()
                    .setHeader("id", "givenName", "familyName", "email", "phone", "country", "storeId")
                    .build()
                    .print(writer)) {
                Segments.ExportPage page = segments.exportPage(caller, query, null, EXPORT_PAGE);
                while (page.last() != null) {
                    for (CustomerRecords.Contact c : page.contacts()) {
                        csv.printRecord(
                                c.id(),
                                CsvCells.text(c.givenName()),
                                CsvCells.text(c.familyName()),
                                CsvCells.text(c.email()),
                                CsvCells.text(c.phone()),
                                c.country(),
                                c.storeId());
                    }
                    csv.flush();
                    page = segments.exportPage(caller, query, page.last(), EXPORT_PAGE);
                }
            }
        };
        return Response.ok(body, "text/csv")
                .header("Content-Disposition", "attachment; filename=segment-" + query.purpose() + ".csv")
                .build();
    }
}
