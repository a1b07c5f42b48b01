package io.custos.training.quiz;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The caller's quiz attempts at a course: every staff member takes their own. */
@Path("me/training/{courseCode}/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttemptResource {

    @Inject
    Attempts attempts;

    @Inject
    CallerContext callers;

    @Context
    UriInfo uri;

    @GET
    public Listing list(@PathParam("courseCode") String courseCode) {
        return new Listing(attempts.list(callers.staff(), courseCode));
    }

    /** Each call starts a new attempt by design (no Idempotency-Key): it counts against the day's limit. */
    @POST
    public Response start(@PathParam("courseCode") String courseCode) {
        AttemptView attempt = attempts.start(callers.staff(), courseCode);
        return Response.created(uri.getAbsolutePathBuilder().path(attempt.id()).build())
                .entity(attempt)
                .build();
    }

    @GET
    @Path("{attemptId}")
    public AttemptView get(@PathParam("courseCode") String courseCode, @PathParam("attemptId") String attemptId) {
        return attempts.view(callers.staff(), courseCode, attemptId);
    }

    @POST
    @Path("{attemptId}/submit")
    public AttemptView submit(
            @PathParam("courseCode") String courseCode,
            @PathParam("attemptId") String attemptId,
            @NotNull(message = "a JSON body is required") @Valid Submission request) {
        return attempts.submit(callers.staff(), courseCode, attemptId, request);
    }

    /** The caller's attempts at one course. */
    public record Listing(List<AttemptView> items) {}
}
