package io.custos.identity.review;

import io.custos.platform.problem.Forbidden;
import io.custos.platform.security.Caller;
import io.custos.platform.security.CallerContext;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A reviewer's work list, for anyone items are assigned to: a manager reviews the access of the
 * people who report to them without running campaigns ({@code access-review.run}) themselves.
 */
@Path("me/access-review-items")
@Produces(MediaType.APPLICATION_JSON)
public class MyReviewWorkResource {

    @Inject
    AccessReviews reviews;

    @Inject
    CallerContext callers;

    @GET
    public Assigned mine() {
        return new Assigned(reviews.assignedTo(callers.staff()));
    }

    /** Deciding someone's access changes it: like a sensitive permission, it needs a second factor in the session. */
    @POST
    @Path("{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ItemView decide(
            @PathParam("itemId") String itemId,
            @NotNull(message = "a JSON body is required") @Valid ItemDecision decision) {
        Caller reviewer = callers.staff();
        if (!reviewer.hasSecondFactor()) {
            throw Forbidden.secondFactorNeeded("deciding an access review item");
        }
        return reviews.decideAssigned(reviewer, itemId, decision.decision());
    }

    /** The work list answer. */
    public record Assigned(List<AssignedItem> items) {}
}
