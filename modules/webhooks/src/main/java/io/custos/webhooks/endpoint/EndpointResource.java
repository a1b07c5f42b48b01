package io.custos.webhooks.endpoint;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import io.custos.webhooks.delivery.Deliveries;
import io.custos.webhooks.delivery.DeliveryView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** The tenant's webhook endpoints, their secrets and delivery logs: all of it needs {@code webhook.manage}. */
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission("webhook.manage")
public class EndpointResource {

    @Inject
    Endpoints endpoints;

    @Inject
    Deliveries deliveries;

    @Inject
    CallerContext callers;

    @Context
    UriInfo uri;

    @GET
    public Page<EndpointView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return endpoints.page(PageRequest.of(limit, cursor));
    }

    /**
     * 201 with the secret, shown this once. No Idempotency-Key: replaying the answer would mean
     * storing the secret in the clear beside it.
     */
    @POST
    public Response create(@NotNull(message = "a JSON body is required") @Valid NewEndpoint request) {
        NewSecret created = endpoints.create(callers.staff(), request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.endpoint().id())
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return endpoints.view(id).answer();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response change(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid EndpointChange request) {
        return endpoints.change(callers.staff(), id, ifMatch, request).answer();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        endpoints.delete(callers.staff(), id);
        return Response.noContent().build();
    }

    /** A new secret, shown this once; the previous one signs beside it until the answer's time. */
    @POST
    @Path("{id}/rotate-secret")
    public NewSecret rotateSecret(@PathParam("id") String id) {
        return endpoints.rotateSecret(callers.staff(), id);
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") String id) {
        return endpoints.enable(callers.staff(), id).answer();
    }

    @GET
    @Path("{id}/deliveries")
    public Page<DeliveryView> deliveries(
            @PathParam("id") String id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return deliveries.page(id, PageRequest.of(limit, cursor));
    }

    /** 202: queued again, sent by the next scheduler round. */
    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return Response.accepted(deliveries.redeliver(callers.staff(), id, deliveryId))
                .build();
    }
}
