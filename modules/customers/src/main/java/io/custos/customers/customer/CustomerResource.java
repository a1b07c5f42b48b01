package io.custos.customers.customer;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.security.RequiresPermission;
import io.custos.platform.versioning.Versions;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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

/**
 * Customer records. Endpoints need only an active staff member: the access decision on each
 * record (grant and scope, training, MFA, residency, consent) decides the rest.
 */
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    CustomerCreation creation;

    @Inject
    CustomerListing listing;

    @Inject
    CustomerViews views;

    @Inject
    CustomerChanges changes;

    @Inject
    CustomerTransfers transfers;

    @Inject
    CustomerDeletion deletion;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Inject
    DeletedCustomers deletedCustomers;

    @Context
    UriInfo uri;

    @POST
    public Response create(
            @NotNull(message = "a JSON body is required") @Valid NewCustomer request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "customer.create",
                request,
                () -> creation.create(callers.staff(), request),
                customer -> uri.getAbsolutePathBuilder().path(customer.id()).build());
    }

    @GET
    public Page<CustomerView> list(
            @QueryParam("q") String q,
            @QueryParam("storeId") String storeId,
            @QueryParam("country") String country,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return listing.list(callers.staff(), q, storeId, country, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        CustomerViews.Read read = views.read(callers.staff(), id);
        return Response.ok(read.view()).tag(Versions.etag(read.version())).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") JsonObject patch) {
        Customer changed = changes.update(callers.staff(), id, ifMatch, patch);
        return Response.ok(views.viewAfterChange(callers.staff(), changed))
                .tag(Versions.etag(changed.version()))
                .build();
    }

    @POST
    @Path("{id}/owner")
    public CustomerView transfer(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid Transfer transfer) {
        return views.viewAfterChange(callers.staff(), transfers.transfer(callers.staff(), id, transfer));
    }

    /** Every customer of one staff member to another, all or none (customer.transfer over each). */
    @POST
    @Path("reassign")
    @RequiresPermission(value = "customer.transfer", reach = PermissionCheck.Reach.ANY_SCOPE)
    public Reassignment.Done reassign(@NotNull(message = "a JSON body is required") @Valid Reassignment request) {
        return transfers.reassign(callers.staff(), request);
    }

    @POST
    @Path("purge-deleted")
    @RequiresPermission("tenant.manage")
    public Purged purgeDeleted() {
        return new Purged(deletedCustomers.purge(callers.staff().staffId()));
    }

    /** The purge's answer. */
    public record Purged(int erased) {}

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        deletion.delete(callers.staff(), id);
        return Response.noContent().build();
    }
}
