package io.custos.identity.scim;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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
}
