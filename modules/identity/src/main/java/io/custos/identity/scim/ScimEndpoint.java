package io.custos.identity.scim;

import io.custos.platform.security.Caller;
import io.custos.platform.security.CallerContext;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** The protocol's operations on one resource type (RFC 7644 §3), for the SCIM token's tenant only. */
public abstract class ScimEndpoint {

    /** What an endpoint serves: one resource type's use cases. */
    public interface ResourceType {
        JsonObject list(String filter, ScimPaging paging);

        JsonObject create(Caller caller, JsonObject body);

        JsonObject get(String id);

        JsonObject replace(Caller caller, String id, JsonObject body);

        JsonObject patch(Caller caller, String id, JsonObject body);

        void delete(Caller caller, String id);
    }

    @Inject
    CallerContext callers;

    abstract ResourceType resources();

    @GET
    public Response list(
            @QueryParam("filter") String filter,
            @QueryParam("startIndex") Integer startIndex,
            @QueryParam("count") Integer count) {
        Scim.provisioning(callers);
        return Scim.answer(200, resources().list(filter, ScimPaging.of(startIndex, count)));
    }

    @POST
    public Response create(String body) {
        return Scim.created(resources().create(Scim.provisioning(callers), Scim.read(body)));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Scim.provisioning(callers);
        return Scim.answer(200, resources().get(id));
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id, String body) {
        return Scim.answer(200, resources().replace(Scim.provisioning(callers), id, Scim.read(body)));
    }

    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id, String body) {
        return Scim.answer(200, resources().patch(Scim.provisioning(callers), id, Scim.read(body)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        resources().delete(Scim.provisioning(callers), id);
        return Response.noContent().build();
    }
}
