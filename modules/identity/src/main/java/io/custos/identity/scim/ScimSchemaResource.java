package io.custos.identity.scim;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /scim/v2/Schemas}: the schemas of the resources, with the attributes Custos keeps. */
@Path("Schemas")
@Produces({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ScimSchemaResource extends ScimDocuments {

    @Override
    String endpoint() {
        return "Schemas";
    }
}
