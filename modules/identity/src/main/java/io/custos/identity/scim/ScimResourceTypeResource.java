package io.custos.identity.scim;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /scim/v2/ResourceTypes}: the resource types served (User, Group) and their schema extensions. */
@Path("ResourceTypes")
@Produces({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ScimResourceTypeResource extends ScimDocuments {

    @Override
    String endpoint() {
        return "ResourceTypes";
    }
}
