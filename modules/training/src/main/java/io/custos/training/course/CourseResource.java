package io.custos.training.course;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import io.custos.platform.versioning.Versions;
import io.custos.training.content.Quiz;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Training courses: every staff member reads them, training managers create and publish. */
@Path("training/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    Courses courses;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    public Page<CourseView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        callers.staff();
        return courses.page(PageRequest.of(limit, cursor));
    }

    @POST
    @RequiresPermission("training.manage")
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid NewCourse request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "training.course.create",
                request,
                () -> courses.create(callers.staff(), request),
                course -> uri.getAbsolutePathBuilder().path(course.code()).build());
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        callers.staff();
        Courses.Versioned course = courses.view(code);
        return Response.ok(course.view()).tag(Versions.etag(course.version())).build();
    }

    @PATCH
    @Path("{code}")
    @RequiresPermission("training.manage")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response change(
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid CourseChange request) {
        Courses.Versioned course = courses.change(callers.staff(), code, ifMatch, request);
        return Response.ok(course.view()).tag(Versions.etag(course.version())).build();
    }

    @GET
    @Path("{code}/versions")
    public Listing versions(@PathParam("code") String code) {
        callers.staff();
        return new Listing(courses.versions(code));
    }

    @POST
    @Path("{code}/versions")
    @RequiresPermission("training.manage")
    public Response publish(
            @PathParam("code") String code,
            @NotNull(message = "a JSON body is required") @Valid NewVersion request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "training.course.publish:" + code,
                request,
                () -> courses.publish(callers.staff(), code, request),
                version -> uri.getAbsolutePathBuilder().path(version.version()).build());
    }

    @GET
    @Path("{code}/versions/{version}")
    public VersionView version(@PathParam("code") String code, @PathParam("version") String version) {
        callers.staff();
        return courses.version(code, version);
    }

    /** A published version's quiz with its correct answers: for authors only. */
    @GET
    @Path("{code}/versions/{version}/quiz")
    @RequiresPermission("training.author")
    public Quiz quiz(@PathParam("code") String code, @PathParam("version") String version) {
        return courses.quizOf(code, version);
    }

    /** The versions of a course. */
    public record Listing(List<VersionView> items) {}
}
