package io.custos.platform.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Rules a tenant's decisions read on every request and admins rarely change (rule-pack overrides),
 * kept across requests under the tenant's context version that the request's session check read
 * (WAVE2: one indexed version read per request; identity reports it with {@link #seen}). A change
 * raises {@link TenantRulesChanged} in its transaction, which moves that version, so a request on
 * any instance that starts after the commit loads anew. Without a version (scheduled work, or a
 * request that changed rules itself) every call loads; owners keep their per-transaction memo.
 */
@ApplicationScoped
public class TenantRules {

    private final Cache<Key, Object> kept =
            Caffeine.newBuilder().maximumSize(10_000).build();

    @Inject
    BeanManager beans;

    @Inject
    SeenInThisRequest seen;

    /** The tenant's context version this request's session check read. */
    public void seen(TenantId tenant, long version) {
        if (inRequest()) {
            seen.set(new Version(tenant, version));
        }
    }

    /**
     * The bound tenant's {@code rules}, loaded on first use under the version this request saw;
     * the value must be immutable, as every request under that version shares it.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String rules, Supplier<T> load) {
        Optional<TenantId> tenant = TenantScope.current();
        Version version = inRequest() ? seen.get() : null;
        if (tenant.isEmpty() || version == null || !version.tenant().equals(tenant.get())) {
            return load.get();
        }
        return (T) kept.get(new Key(version.tenant(), rules, version.version()), k -> load.get());
    }

    /** The request that changed rules reads them anew for the rest of it. */
    void changed(@Observes TenantRulesChanged change) {
        if (inRequest()) {
            seen.set(null);
        }
    }

    private boolean inRequest() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }

    private record Key(TenantId tenant, String rules, long version) {}

    record Version(TenantId tenant, long version) {}

    /** Reached through methods only: a field read on a client proxy would read the proxy's own. */
    @RequestScoped
    static class SeenInThisRequest {
        private Version version;

        Version get() {
            return version;
        }

        void set(Version version) {
            this.version = version;
        }
    }
}
