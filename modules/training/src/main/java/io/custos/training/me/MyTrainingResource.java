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

/** The caller's own training; anyone may acknowledge any course. */
@Path("me/training")
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
    public Listing list() {
        return new Listing(training.list(callers.staff()));
    }

    @GET
    @Path("{courseCode}")
    public MyCourse get(@PathParam("courseCode") String courseCode) {
        return training.course(callers.staff(), courseCode);
    }

    @POST
    @Path("{courseCode}/acknowledge")
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
