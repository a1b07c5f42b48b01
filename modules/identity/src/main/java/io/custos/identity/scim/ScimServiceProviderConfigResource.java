package io.custos.identity.scim;

import io.custos.platform.security.CallerContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /scim/v2/ServiceProviderConfig}: the protocol features this service provider offers. */
@Path("ServiceProviderConfig")
@Produces({Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class ScimServiceProviderConfigResource {

    @Inject
    ScimDiscovery discovery;

    @Inject
    CallerContext callers;

    @GET
    public Response get() {
        Scim.provisioning(callers);
        return Scim.answer(200, discovery.serviceProviderConfig());
    }
}
