package io.custos.customers.importing;

import io.custos.platform.json.Json;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;

/** Progress of background jobs (customer imports). */
@Path("jobs/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(value = "customer.create", reach = PermissionCheck.Reach.ANY_SCOPE)
public class JobResource {

    @Inject
    ImportBatches batches;

    @Inject
    CallerContext callers;

    @Inject
    PermissionCheck permissions;

    /**
     * A job's row errors name the rows' people: only whoever started it, or someone who may import
     * across the whole tenant, reads it; to anyone else it does not exist.
     */
    @GET
    public JobView job(@PathParam("id") String id) {
        ImportJob job = batches.job(id);
        Caller caller = callers.staff();
        if (!job.createdBy().equals(caller.staffId())
                && permissions
                        .refusal(caller, "customer.create", PermissionCheck.Reach.TENANT)
                        .isPresent()) {
            throw new NotFound("job", id);
        }
        JsonArray errors;
        try (var reader = Json.provider().createReader(new StringReader(job.errorsJson()))) {
            errors = reader.readArray();
        }
        return new JobView(job.id(), job.status().name(), job.total(), job.processed(), job.failed(), errors);
    }

    /** A job as its owner sees it. */
    public record JobView(String id, String status, int total, int processed, int failed, JsonArray errors) {}
}
