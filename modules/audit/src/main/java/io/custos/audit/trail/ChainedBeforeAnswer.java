package io.custos.audit.trail;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An answer leaves only once the audit entries its request committed have their place in the
 * chain (WAVE2 "Audit appends under load"): acknowledged means chained, so a verification or an
 * export right after the answer includes them. Only if the chaining itself fails does the answer
 * leave first, logged: its work and entries are committed all the same.
 */
@Provider
public class ChainedBeforeAnswer implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ChainedBeforeAnswer.class.getName());

    @Inject
    AuditChaining chaining;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        for (Map.Entry<String, Long> awaited : AuditChaining.takeAwaited().entrySet()) {
            try {
                chaining.chainThrough(awaited.getKey(), awaited.getValue());
            } catch (RuntimeException e) {
                // The work and its entries are committed: a 500 would invite a retry of done work.
                // The entries keep waiting for the tenant's next run (scheduled after each commit).
                LOG.log(
                        Level.WARNING,
                        "answering before the audit entries of tenant " + awaited.getKey()
                                + " have their place in the chain",
                        e);
            }
        }
    }
}
