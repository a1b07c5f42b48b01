package io.custos.audit.trail;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * An answer leaves only once the audit entries its request committed have their place in the
 * chain (WAVE2 "Audit appends under load"): acknowledged means chained, so a verification or an
 * export right after the answer includes them.
 */
@Provider
public class ChainedBeforeAnswer implements ContainerResponseFilter {

    @Inject
    AuditChaining chaining;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        for (Map.Entry<String, Long> awaited : AuditChaining.takeAwaited().entrySet()) {
            chaining.chainThrough(awaited.getKey(), awaited.getValue());
        }
    }
}
