package io.custos.training.completion;

import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/** Completions from another LMS, as JSON or CSV: {@code ?atomic=} (default true) and {@code ?dryRun=}. */
@Path("training/completions")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("training.manage")
public class CompletionResource {

    @Inject
    CompletionImports imports;

    @Inject
    CallerContext callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportReport importJson(
            @NotNull(message = "a JSON body is required") @Valid NewCompletions request,
            @QueryParam("atomic") @DefaultValue("true") boolean atomic,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return imports.importJson(callers.staff(), request, atomic, dryRun);
    }

    @POST
    @Consumes("text/csv")
    public ImportReport importCsv(
            InputStream csv,
            @QueryParam("atomic") @DefaultValue("true") boolean atomic,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return imports.importCsv(callers.staff(), csv, atomic, dryRun);
    }
}
