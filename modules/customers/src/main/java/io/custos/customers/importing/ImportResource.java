package io.custos.customers.importing;

import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** CSV imports of customers, run as jobs ({@code /jobs/{id}}). */
@Path("customers/import")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(value = "customer.create", reach = PermissionCheck.Reach.ANY_SCOPE)
public class ImportResource {

    @Inject
    CustomerImports imports;

    @Inject
    CallerContext callers;

    @POST
    @Consumes("text/csv")
    public Response start(
            InputStream csv,
            @QueryParam("batchSize") @DefaultValue("100") int batchSize,
            @QueryParam("atomic") @DefaultValue("false") boolean atomic) {
        if (batchSize < 1 || batchSize > 1000) {
            throw new InvalidInput("batchSize", "must be between 1 and 1000");
        }
        String job =
                imports.start(callers.staff(), new InputStreamReader(csv, StandardCharsets.UTF_8), batchSize, atomic);
        return Response.accepted(Map.of("jobId", job)).build();
    }
}
