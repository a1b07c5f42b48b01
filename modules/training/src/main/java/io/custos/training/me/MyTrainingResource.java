package io.custos.training.me;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.security.CallerContext;
import io.custos.training.acknowledgment.Acknowledge;
import io.custos.training.acknowledgment.Acknowledgments;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own training; anyone may acknowledge any course. */
@Path("me/training")
@Tag(name = "Training")
@SecurityRequirement(name = "accessToken")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyTrainingResource {

    @Inject
    MyTraining training;

    @Inject
    Acknowledgments acknowledgments;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The caller's courses: assigned or acknowledged, with status DUE, CURRENT or EXPIRED")
    @APIResponse(responseCode = "200", description = "The caller's courses")
    public Listing list() {
        return new Listing(training.list(callers.staff()));
    }

    @GET
    @Path("{courseCode}")
    @Operation(summary = "One course for the caller: the statement to acknowledge and every attempt")
    @APIResponse(responseCode = "200", description = "The course")
    public MyCourse get(@PathParam("courseCode") String courseCode) {
        return training.course(callers.staff(), courseCode);
    }

    @POST
    @Path("{courseCode}/acknowledge")
    @Operation(
            summary = "Acknowledge the current version of a course, with the quiz score if it has a quiz;"
                    + " a score below the pass mark is recorded as a failed attempt")
    @APIResponse(responseCode = "201", description = "Recorded (see passed)")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response acknowledge(
            @PathParam("courseCode") String courseCode,
            @NotNull(message = "a JSON body is required") @Valid Acknowledge request,
            @HeaderParam(HttpHeaders.USER_AGENT) String client,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "training.acknowledge:" + courseCode,
                request,
                () -> acknowledgments.acknowledge(callers.staff(), courseCode, request, client),
                acknowledgment -> uri.getBaseUriBuilder()
                        .path("me/training")
                        .path(courseCode)
                        .build());
    }

    /** The caller's courses. */
    public record Listing(List<MyCourse> items) {}
}
