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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data-subject requests for privacy officers: receive, list (overdue first of all), extend, fulfil. */
@Path("privacy-requests")
@Tag(name = "Data-subject requests")
@SecurityRequirement(name = "accessToken")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(value = "privacy-request.handle", reach = PermissionCheck.Reach.ANY_SCOPE)
public class PrivacyRequestResource {

    @Inject
    PrivacyRequests requests;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Receive a request; it is due when the customer's rule pack says")
    @APIResponse(responseCode = "201", description = "The request with its due date")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
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
    @Operation(summary = "Requests by status: open, overdue or done")
    @APIResponse(responseCode = "200", description = "A page of requests")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<PrivacyRequestView> list(
            @QueryParam("status") String status,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return requests.list(status, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A request")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public PrivacyRequestView get(@PathParam("id") String id) {
        return requests.get(id);
    }

    @POST
    @Path("{id}/extend")
    @Operation(summary = "Take the extension the rule pack allows, once, with the reason")
    @APIResponse(responseCode = "200", description = "The request with its extended due date")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public PrivacyRequestView extend(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid Extension extension) {
        return requests.extend(callers.staff(), id, extension);
    }

    @POST
    @Path("{id}/fulfil")
    @Operation(summary = "Fulfil the request; an access request answers with the data bundle")
    @APIResponse(responseCode = "200", description = "The fulfilled request and its result")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RequestBody(
            required = false,
            content = @Content(schema = @Schema(implementation = Fulfilment.class)),
            description = "changes for a rectification, purposes for an opt-out; nothing for the rest")
    public PrivacyRequestView fulfil(@PathParam("id") String id, String body) {
        return requests.fulfil(callers.staff(), id, Fulfilment.parse(body));
    }
}
