package io.custos.privacycentre.customer;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * The staff API's application scans every resource of the deployment, the customers' too: this
 * makes them answer 404 there, before any staff authorisation, so they are served under
 * {@code /privacy} only.
 */
@Provider
public class CentreOnly implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        boolean centreResource = PrivacyCentreApplication.RESOURCES.contains(resource.getResourceClass());
        boolean centreApplication =
                Boolean.TRUE.equals(context.getConfiguration().getProperty(PrivacyCentreApplication.MARKER));
        if (centreResource && !centreApplication) {
            context.register(NotHere.class);
        }
    }

    /** Answers as if there were no resource at the path. */
    @Priority(Priorities.AUTHENTICATION - 1)
    public static class NotHere implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            throw new NotFoundException();
        }
    }
}
