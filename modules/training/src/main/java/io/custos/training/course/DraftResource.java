package io.custos.training.course;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import io.custos.platform.versioning.Versions;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Authors write draft versions of a course (material and quiz) and publish them. */
@Path("training/courses/{code}/drafts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission("training.author")
public class DraftResource {

    @Inject
    Drafts drafts;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    public Listing list(@PathParam("code") String code) {
        return new Listing(drafts.list(code));
    }

    @POST
    public Response create(
            @PathParam("code") String code,
            @NotNull(message = "a JSON body is required") @Valid NewDraft request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "training.draft.create:" + code,
                request,
                () -> drafts.create(callers.staff(), code, request),
                draft -> uri.getAbsolutePathBuilder().path(draft.version()).build());
    }

    @GET
    @Path("{version}")
    public Response get(@PathParam("code") String code, @PathParam("version") String version) {
        Drafts.Versioned draft = drafts.view(code, version);
        return Response.ok(draft.view()).tag(Versions.etag(draft.version())).build();
    }

    @PUT
    @Path("{version}")
    public Response replace(
            @PathParam("code") String code,
            @PathParam("version") String version,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid DraftContent request) {
        Drafts.Versioned draft = drafts.replace(callers.staff(), code, version, ifMatch, request);
        return Response.ok(draft.view()).tag(Versions.etag(draft.version())).build();
    }

    @POST
    @Path("{version}/publish")
    public Response publish(@PathParam("code") String code, @PathParam("version") String version) {
        VersionView published = drafts.publish(callers.staff(), code, version);
        return Response.created(uri.getBaseUriBuilder()
                        .path("training/courses")
                        .path(code)
                        .path("versions")
                        .path(published.version())
                        .build())
                .entity(published)
                .build();
    }

    /** The drafts of a course. */
    public record Listing(List<DraftView> items) {}
}
