package io.custos.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The tenant the current thread works for. Requests bind it from the authenticated caller (see
 * {@code TenantBindingFilter}); work without a request (login, onboarding, imports, sweeps) binds
 * it with {@link #call}. Nothing else sets a tenant; endpoints open to anyone drop the caller's
 * ({@link #unbindCaller}).
 */
public final class TenantScope {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantScope() {}

    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static TenantId required() {
        TenantId tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantBound();
        }
        return tenant;
    }

    /** Runs {@code work} as {@code tenant}; nesting another tenant inside is refused. */
    public static <T> T call(TenantId tenant, Callable<T> work) throws Exception {
        TenantId outer = CURRENT.get();
        if (outer != null && !outer.equals(tenant)) {
            throw new IllegalStateException("work for tenant " + tenant + " nested inside tenant " + outer);
        }
        CURRENT.set(tenant);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            }
        }
    }

    /** {@link #call} for work that throws no checked exception. */
    public static <T> T supply(TenantId tenant, java.util.function.Supplier<T> work) {
        try {
            return call(tenant, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Forgets the tenant the request's caller bound: an endpoint open to anyone (sign-in, a link a
     * customer follows) serves no caller and names its tenant itself, so a token sent along must not
     * decide it. The request's binding ends with the request as ever.
     */
    public static void unbindCaller() {
        CURRENT.remove();
    }

    public static void run(TenantId tenant, Runnable work) {
        supply(tenant, () -> {
            work.run();
            return null;
        });
    }
}
