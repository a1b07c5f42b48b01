package io.custos.identity.scim;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /scim/v2/Groups}: the tenant's teams. */
@Path("Groups")
@Produces({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Consumes({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ScimGroupResource extends ScimEndpoint {

    @Inject
    ScimGroups groups;

    @Override
    ResourceType resources() {
        return groups;
    }
}
