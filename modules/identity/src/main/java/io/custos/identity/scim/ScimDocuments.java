package io.custos.identity.scim;

import io.custos.platform.security.CallerContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** A discovery endpoint that lists fixed documents and serves each by its id (RFC 7644 §4). */
public abstract class ScimDocuments {

    @Inject
    ScimDiscovery discovery;

    @Inject
    CallerContext callers;

    /** {@code ResourceTypes} or {@code Schemas}. */
    abstract String endpoint();

    @GET
    public Response list() {
        Scim.provisioning(callers);
        return Scim.answer(200, discovery.all(endpoint()));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        Scim.provisioning(callers);
        return Scim.answer(200, discovery.one(endpoint(), id));
    }
}
