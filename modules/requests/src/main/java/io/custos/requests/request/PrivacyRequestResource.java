package io.custos.requests.request;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
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

/**
 * Data-subject requests for privacy officers: receive, list (overdue first of all), acknowledge,
 * stop and resume the clock, verify the requester's identity, extend, fulfil, download an access
 * request's archive.
 */
@Path("privacy-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(value = "privacy-request.handle", reach = PermissionCheck.Reach.ANY_SCOPE)
public class PrivacyRequestResource {

    @Inject
    PrivacyRequests requests;

    @Inject
    Archives archives;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @POST
    public Response receive(
            @NotNull(message = "a JSON body is required") @Valid NewPrivacyRequest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "privacy-request.receive",
                request,
                () -> requests.receive(callers.staff(), request),
                received -> uri.getAbsolutePathBuilder().path(received.id()).build());
    }

    @GET
    public Page<PrivacyRequestView> list(
            @QueryParam("status") String status,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return requests.list(status, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public PrivacyRequestView get(@PathParam("id") String id) {
        return requests.get(id);
    }

    @POST
    @Path("{id}/extend")
    public PrivacyRequestView extend(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid Extension extension) {
        return requests.extend(callers.staff(), id, extension);
    }

    @POST
    @Path("{id}/acknowledge")
    public PrivacyRequestView acknowledge(@PathParam("id") String id) {
        return requests.acknowledge(callers.staff(), id);
    }

    @POST
    @Path("{id}/stop-clock")
    public PrivacyRequestView stopClock(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid NewClockStop stop) {
        return requests.stopClock(callers.staff(), id, stop);
    }

    @POST
    @Path("{id}/resume-clock")
    public PrivacyRequestView resumeClock(@PathParam("id") String id) {
        return requests.resumeClock(callers.staff(), id);
    }

    @POST
    @Path("{id}/verify-identity")
    public PrivacyRequestView verifyIdentity(
            @PathParam("id") String id,
            @NotNull(message = "a JSON body is required") @Valid NewIdentityVerification verification) {
        return requests.verifyIdentity(callers.staff(), id, verification);
    }

    /**
     * The zip an access request produced, while its download window lasts; each download audited.
     * A client that asks for JSON is answered too (problems as JSON, the archive as a zip all the same).
     */
    @GET
    @Path("{id}/archive")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response archive(@PathParam("id") String id) {
        Archives.Download archive = archives.download(callers.staff(), id);
        return Response.ok(archive.zip(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"")
                .build();
    }

    @POST
    @Path("{id}/fulfil")
    public PrivacyRequestView fulfil(@PathParam("id") String id, byte[] body) {
        return requests.fulfil(callers.staff(), id, Fulfilment.parse(body));
    }
}
