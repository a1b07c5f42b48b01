package io.custos.privacycentre.customer;

import io.custos.platform.json.StrictJsonBodies;
import io.custos.platform.problem.ProblemMappers;
import io.custos.platform.web.StrictParameters;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The customers' API at {@code /privacy/{tenant}/api}: a realm of its own beside the staff API. Its
 * callers are customers in a session cookie ({@link CustomerRealm}), never staff tokens, so it names
 * its classes: the staff API's authorisation takes no part, its problems and strict JSON do.
 */
@ApplicationPath("/privacy")
public class PrivacyCentreApplication extends Application {

    /** The property by which {@link CentreOnly} tells this application from the staff API. */
    static final String MARKER = "io.custos.privacy-centre";

    /** The customers' endpoints; the staff API must not serve them. */
    static final Set<Class<?>> RESOURCES = Set.of(SessionResource.class, ChoiceResource.class, RequestResource.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RESOURCES);
        classes.add(CustomerRealm.class);
        classes.add(ProblemMappers.ValidationFailures.class);
        classes.add(ProblemMappers.FailuresAtCommit.class);
        classes.add(ProblemMappers.EveryException.class);
        classes.add(StrictJsonBodies.class);
        classes.add(StrictJsonBodies.Objects.class);
        classes.add(StrictParameters.class);
        return classes;
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(MARKER, Boolean.TRUE);
    }
}
