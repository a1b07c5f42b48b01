package io.custos.identity.scim;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * SCIM 2.0 at {@code /scim/v2}: a protocol of its own beside the REST API, with its own errors and
 * media type. It names its classes, so none of the REST API's providers (problem+json, strict JSON,
 * permission checks) take part; {@link ScimOnly} keeps its resources out of the REST API.
 */
@ApplicationPath("/scim/v2")
public class ScimApplication extends Application {

    /** The property by which {@link ScimOnly} tells this application from the REST API. */
    static final String MARKER = "io.custos.scim";

    /** The protocol's endpoints; the REST API must not serve them. */
    static final Set<Class<?>> RESOURCES = Set.of(
            ScimUserResource.class,
            ScimGroupResource.class,
            ScimServiceProviderConfigResource.class,
            ScimResourceTypeResource.class,
            ScimSchemaResource.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new java.util.HashSet<>(RESOURCES);
        classes.add(ScimErrors.class);
        classes.add(ScimErrors.AtCommit.class);
        return classes;
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(MARKER, Boolean.TRUE);
    }
}
