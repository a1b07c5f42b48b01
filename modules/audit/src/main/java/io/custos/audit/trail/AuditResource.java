package io.custos.audit.trail;

import io.custos.audit.checkpoint.Checkpoint;
import io.custos.audit.checkpoint.Checkpoints;
import io.custos.audit.checkpoint.Retention;
import io.custos.platform.csv.CsvCells;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The audit trail for auditors: search, streamed export and chain verification. */
@Path("audit")
@RequiresPermission("audit.read")
public class AuditResource {

    static final String NDJSON = "application/x-ndjson";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    AuditSearch search;

    @Inject
    AuditTrail trail;

    @Inject
    AuditChaining chaining;

    @Inject
    java.time.Clock clock;

    @Inject
    ChainVerification verification;

    @Inject
    VerificationFailures failures;

    @Inject
    Checkpoints checkpoints;

    @Inject
    Retention retention;

    @Inject
    CallerContext callers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Page<AuditItem> search(
            @QueryParam("actorId") String actorId,
            @QueryParam("customerId") String customerId,
            @QueryParam("action") String action,
            @QueryParam("decision") String decision,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("order") String order,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        if (decision != null && !List.of("ALLOW", "DENY").contains(decision)) {
            throw new InvalidInput("decision", "must be ALLOW or DENY");
        }
        if (order != null && !List.of("asc", "desc").contains(order)) {
            throw new InvalidInput("order", "must be asc or desc");
        }
        return search.search(
                new AuditSearch.Filter(actorId, customerId, action, decision, time("from", from), time("to", to)),
                PageRequest.of(limit, cursor),
                "desc".equals(order));
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    public ChainVerification.Result verify() {
        ChainVerification.Result result = verification.verifyTrail();
        failures.announceIfFailed(callers.staff().staffId(), result);
        return result;
    }

    @POST
    @Path("checkpoints")
    @Produces(MediaType.APPLICATION_JSON)
    public CheckpointView checkpoint() {
        return checkpoints
                .publish()
                .map(CheckpointView::of)
                .orElseThrow(() -> new Conflict("empty-trail", "the trail has no entry to sign yet"));
    }

    @GET
    @Path("checkpoints")
    @Produces(MediaType.APPLICATION_JSON)
    public CheckpointList checkpoints() {
        return new CheckpointList(
                checkpoints.all().stream().map(CheckpointView::of).toList());
    }

    /** Removing entries is a tenant decision, not a reader's: it needs tenant.manage. */
    @POST
    @Path("purge")
    @RequiresPermission("tenant.manage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Retention.Purge purge(@NotNull(message = "a JSON body is required") @Valid PurgeRequest request) {
        Instant before = time("before", request.before());
        if (before == null) {
            throw new InvalidInput("before", "is required");
        }
        return retention.purge(callers.staff(), before);
    }

    @GET
    @Path("retention")
    @Produces(MediaType.APPLICATION_JSON)
    public RetentionView retention() {
        return new RetentionView(retention.policy().orElse(null));
    }

    @PUT
    @Path("retention")
    @RequiresPermission("tenant.manage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RetentionView setRetention(@NotNull(message = "a JSON body is required") @Valid RetentionView request) {
        if (request.days() == null) {
            throw new InvalidInput("days", "is required");
        }
        return new RetentionView(retention.setPolicy(callers.staff(), request.days()));
    }

    /** The retention policy in days. */
    public record RetentionView(Integer days) {}

    /** Which entries may go: those vouched for by a checkpoint signed before this time. */
    public record PurgeRequest(String before) {}

    /** A checkpoint as auditors read it. */
    public record CheckpointView(long seq, String hash, Instant at, String signature) {
        static CheckpointView of(Checkpoint c) {
            return new CheckpointView(c.seq(), c.hash(), Instant.ofEpochMilli(c.atMillis()), c.signature());
        }
    }

    /** The checkpoints answer. */
    public record CheckpointList(List<CheckpointView> items) {}

    @GET
    @Path("export")
    @Produces({NDJSON, "text/csv"})
    public Response export(@QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv = format != null
                ? switch (format.toLowerCase(Locale.ROOT)) {
                    case "csv" -> true;
                    case "jsonl" -> false;
                    default -> throw new InvalidInput("format", "must be jsonl or csv");
                }
                : accept != null && accept.contains("text/csv");
        // The export is itself on the trail; it covers the chain as far as it reached before it.
        chaining.chainPending();
        long through = trail.recordExport(callers.staff().staffId(), csv ? "csv" : "jsonl", clock.instant());
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (csv) {
                writer.write(
                        "seq,at,actorId,action,targetType,targetId,decision,requestId,clientAddress,details,hash\n");
            }
            long after = 0;
            List<AuditEntry> page = trail.after(after, ChainVerification.PAGE);
            while (!page.isEmpty() && after < through) {
                long before = after;
                for (AuditEntry entry : page) {
                    if (entry.seq() > through) {
                        break;
                    }
                    AuditItem item = AuditItem.of(entry);
                    writer.write(csv ? csvLine(item) : JSONB.toJson(item));
                    writer.write('\n');
                    after = entry.seq();
                }
                writer.flush();
                if (after == before) {
                    break; // nothing left at or below the export's reach (a tampered chain may skip)
                }
                page = trail.after(after, ChainVerification.PAGE);
            }
            writer.flush();
        };
        return Response.ok(body, csv ? "text/csv" : NDJSON)
                .header("Content-Disposition", "attachment; filename=audit." + (csv ? "csv" : "jsonl"))
                .build();
    }

    private static String csvLine(AuditItem item) {
        return String.join(
                ",",
                Long.toString(item.seq()),
                item.at().toString(),
                CsvCells.quoted(item.actorId()),
                CsvCells.quoted(item.action()),
                CsvCells.quoted(item.targetType()),
                CsvCells.quoted(item.targetId()),
                CsvCells.quoted(item.decision()),
                CsvCells.quoted(item.requestId()),
                CsvCells.quoted(item.clientAddress()),
                CsvCells.quoted(item.details().toString()),
                item.hash());
    }

    private static Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be an RFC 3339 UTC time such as 2026-11-24T10:00:00Z");
        }
    }
}
