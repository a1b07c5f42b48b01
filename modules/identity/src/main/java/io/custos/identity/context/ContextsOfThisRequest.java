package io.custos.identity.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The staff contexts the current HTTP request has checked against their versions already, so a
 * request reads the versions once however many decisions it makes. Forgotten when the request
 * changes a context itself; outside a request (scheduled work) nothing is kept.
 */
@ApplicationScoped
class ContextsOfThisRequest {

    @Inject
    BeanManager beans;

    @Inject
    Checked checked;

    Optional<StaffContext> get(StaffContexts.Key key) {
        return inRequest() ? Optional.ofNullable(checked.get(key)) : Optional.empty();
    }

    void put(StaffContexts.Key key, StaffContext context) {
        if (inRequest()) {
            checked.put(key, context);
        }
    }

    void forget() {
        if (inRequest()) {
            checked.clear();
        }
    }

    private boolean inRequest() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }

    /** Reached through methods only: a field read on a client proxy would read the proxy's own. */
    @RequestScoped
    static class Checked {
        private final Map<StaffContexts.Key, StaffContext> contexts = new HashMap<>(2);

        StaffContext get(StaffContexts.Key key) {
            return contexts.get(key);
        }

        void put(StaffContexts.Key key, StaffContext context) {
            contexts.put(key, context);
        }

        void clear() {
            contexts.clear();
        }
    }
}
