package io.custos.identity.breakglass;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.InvalidInput;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Break-glass: emergency access opened by its holder, ended early, reviewed by someone else. */
@Path("break-glass")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BreakGlassResource {

    @Inject
    BreakGlasses uses;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @POST
    @RequiresPermission(BreakGlasses.USE)
    public Response open(
            @NotNull(message = "a JSON body is required") @Valid NewBreakGlass request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "break-glass.open",
                request,
                () -> uses.open(callers.staff(), request),
                use -> uri.getAbsolutePathBuilder().path(use.id()).build());
    }

    @GET
    public Page<BreakGlassView> list(
            @QueryParam("status") String status,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return uses.page(callers.staff(), filter(status), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public BreakGlassView get(@PathParam("id") String id) {
        return uses.view(callers.staff(), id);
    }

    @POST
    @Path("{id}/close")
    public BreakGlassView close(@PathParam("id") String id) {
        return uses.close(callers.staff(), id);
    }

    @POST
    @Path("{id}/review")
    @RequiresPermission(BreakGlasses.REVIEW)
    public BreakGlassView review(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid Review review) {
        return uses.review(callers.staff(), id, review);
    }

    private static BreakGlasses.Filter filter(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return BreakGlasses.Filter.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(
                    "status",
                    "must be one of "
                            + Arrays.stream(BreakGlasses.Filter.values())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }
}
