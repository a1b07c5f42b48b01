package io.custos.privacycentre.customer;

import io.custos.platform.problem.NotFound;
import io.custos.requests.api.CustomerRequests;
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
import java.util.Map;

/** The customer's own data-subject requests: file one, see where each stands and by when it is due. */
@Path("{tenant}/api/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    CustomerRequests requests;

    @Inject
    CustomerCaller customer;

    @Context
    UriInfo uri;

    @GET
    public Map<String, List<CustomerRequests.Filed>> list(@PathParam("tenant") String tenant) {
        return Map.of("items", requests.of(customer.required().staffId()));
    }

    @POST
    public Response file(
            @PathParam("tenant") String tenant,
            @NotNull(message = "a JSON body is required") @Valid NewRequest request) {
        CustomerRequests.Filed filed = requests.file(customer.required(), request.type(), request.note());
        return Response.created(uri.getAbsolutePathBuilder().path(filed.id()).build())
                .entity(filed)
                .build();
    }

    /** Only the customer's own: another's id answers 404 like one that does not exist. */
    @GET
    @Path("{id}")
    public CustomerRequests.Filed get(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        return requests.of(customer.required().staffId()).stream()
                .filter(filed -> filed.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("privacy-request", id));
    }
}
