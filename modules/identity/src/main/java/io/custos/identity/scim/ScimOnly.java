package io.custos.identity.scim;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * The REST API's application scans every resource of the deployment, the SCIM ones too: this
 * feature makes them answer 404 there ({@code /api/v1/Users} does not exist), so they are served
 * under {@code /scim/v2} only.
 */
@Provider
public class ScimOnly implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        boolean scimResource = ScimApplication.RESOURCES.contains(resource.getResourceClass());
        boolean scimApplication = Boolean.TRUE.equals(context.getConfiguration().getProperty(ScimApplication.MARKER));
        if (scimResource && !scimApplication) {
            context.register(NotHere.class);
        }
    }

    /** Answers as if there were no resource at the path. */
    public static class NotHere implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            throw new NotFoundException();
        }
    }
}
