package io.custos.consent.purpose;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The purposes of processing consent is asked for: built in, and the tenant's own. */
@Path("purposes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurposeResource {

    @Inject
    Purposes purposes;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    public PurposeList list() {
        return new PurposeList(purposes.all());
    }

    /** The catalogue answer. */
    public record PurposeList(List<PurposeView> items) {}

    @POST
    @RequiresPermission("tenant.manage")
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid NewPurpose request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "purpose.create",
                request,
                () -> purposes.create(callers.staff(), request),
                purpose -> uri.getAbsolutePathBuilder().path(purpose.code()).build());
    }
}
