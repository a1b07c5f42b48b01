package io.custos.training.course;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import io.custos.platform.versioning.Versions;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Training courses: every staff member reads them, training managers create and publish. */
@Path("training/courses")
@Tag(name = "Training")
@SecurityRequirement(name = "accessToken")
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
    @Operation(summary = "List courses")
    @APIResponse(responseCode = "200", description = "A page of courses")
    public Page<CourseView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        callers.staff();
        return courses.page(PageRequest.of(limit, cursor));
    }

    @POST
    @RequiresPermission("training.manage")
    @Operation(summary = "Create a course with its first version")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
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
    @Operation(summary = "A course with its current version (and its ETag)")
    @APIResponse(responseCode = "200", description = "The course")
    public Response get(@PathParam("code") String code) {
        callers.staff();
        Courses.Versioned course = courses.view(code);
        return Response.ok(course.view()).tag(Versions.etag(course.version())).build();
    }

    @PATCH
    @Path("{code}")
    @RequiresPermission("training.manage")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            summary = "Change a course's title, validity, pass mark, content reference, jurisdictions or permissions"
                    + " (If-Match required); the statement changes only by publishing a version")
    @APIResponse(responseCode = "200", description = "The changed course")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response change(
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid CourseChange request) {
        Courses.Versioned course = courses.change(callers.staff(), code, ifMatch, request);
        return Response.ok(course.view()).tag(Versions.etag(course.version())).build();
    }

    @GET
    @Path("{code}/versions")
    @Operation(summary = "Every published version of a course, oldest first")
    @APIResponse(responseCode = "200", description = "The versions")
    public Listing versions(@PathParam("code") String code) {
        callers.staff();
        return new Listing(courses.versions(code));
    }

    @POST
    @Path("{code}/versions")
    @RequiresPermission("training.manage")
    @Operation(summary = "Publish a new version; it becomes current and may require everyone to acknowledge again")
    @APIResponse(responseCode = "201", description = "Published")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
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
    @Operation(summary = "One published version of a course")
    @APIResponse(responseCode = "200", description = "The version")
    public VersionView version(@PathParam("code") String code, @PathParam("version") String version) {
        callers.staff();
        return courses.version(code, version);
    }

    /** The versions of a course. */
    public record Listing(List<VersionView> items) {}
}
