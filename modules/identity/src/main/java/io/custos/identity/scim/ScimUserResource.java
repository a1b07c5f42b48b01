package io.custos.identity.scim;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /scim/v2/Users}: the tenant's staff, as its provisioning token sees them. */
@Path("Users")
@Produces({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Consumes({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ScimUserResource extends ScimEndpoint {

    @Inject
    ScimUsers users;

    @Override
    ResourceType resources() {
        return users;
    }

    /** Offboards the staff member (RFC 7644 §3.6: the resource is gone for SCIM; Custos keeps its history). */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        users.delete(Scim.provisioning(callers), id);
        return Response.noContent().build();
    }
}
