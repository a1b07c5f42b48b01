package io.custos.identity.review;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.PermissionCheck;
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
import java.util.List;
import java.util.Locale;

/** Access-review campaigns: a region's holder of access-review.run runs and sees that region's only. */
@Path("access-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(value = "access-review.run", reach = PermissionCheck.Reach.ANY_SCOPE)
public class AccessReviewResource {

    @Inject
    AccessReviews reviews;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    /** Campaigns newest first, optionally only the open or the closed ones. */
    @GET
    public Page<AccessReviewView> list(
            @QueryParam("status") String status,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return reviews.page(callers.staff(), status(status), PageRequest.of(limit, cursor));
    }

    @POST
    public Response open(
            @NotNull(message = "a JSON body is required") @Valid NewAccessReview request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "access-review.open",
                request,
                () -> reviews.open(callers.staff(), request),
                review -> uri.getAbsolutePathBuilder().path(review.id()).build());
    }

    @GET
    @Path("{id}")
    public AccessReviewView get(@PathParam("id") String id) {
        return reviews.view(callers.staff(), id);
    }

    @GET
    @Path("{id}/items")
    @Produces(MediaType.APPLICATION_JSON)
    public Items items(@PathParam("id") String id) {
        return new Items(reviews.items(callers.staff(), id));
    }

    /** The outcome as CSV evidence (Accept: text/csv), named for the campaign. */
    @GET
    @Path("{id}/items")
    @Produces("text/csv;qs=0.5")
    public Response evidence(@PathParam("id") String id) {
        return Response.ok(reviews.evidence(callers.staff(), id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"access-review-" + id + ".csv\"")
                .build();
    }

    @POST
    @Path("{id}/items/{itemId}")
    public ItemView decide(
            @PathParam("id") String id,
            @PathParam("itemId") String itemId,
            @NotNull(message = "a JSON body is required") @Valid ItemDecision decision) {
        return reviews.decide(callers.staff(), id, itemId, decision.decision());
    }

    @POST
    @Path("{id}/close")
    public AccessReviewView close(@PathParam("id") String id) {
        return reviews.close(callers.staff(), id);
    }

    private static AccessReview.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AccessReview.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "must be one of OPEN, CLOSED");
        }
    }

    /** The items answer. */
    public record Items(List<ItemView> items) {}
}
