package io.custos.platform.security;

import io.custos.platform.problem.Forbidden;
import io.custos.platform.problem.NotAuthenticated;
import io.custos.platform.problem.PasswordChangeRequired;
import io.custos.platform.tenancy.TenantScope;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Declares who may call each endpoint, once, from its annotations: {@link Anonymous},
 * {@link OperatorOnly}, {@link RequiresPermission}; an endpoint with none of them still needs an
 * active staff member, and one who need not replace a temporary password first (unless it is
 * {@link AllowedBeforePasswordChange}). Fails closed: nothing is reachable by accident.
 */
@Provider
public class AuthorizationFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (annotated(method, type, Anonymous.class)) {
            context.register(new AnonymousFilter());
            return;
        }
        if (annotated(method, type, OperatorOnly.class)) {
            context.register(new OperatorFilter());
            return;
        }
        RequiresPermission permission = method.getAnnotation(RequiresPermission.class);
        if (permission == null) {
            permission = type.getAnnotation(RequiresPermission.class);
        }
        context.register(new StaffFilter(permission, annotated(method, type, AllowedBeforePasswordChange.class)));
    }

    private static boolean annotated(
            AnnotatedElement method, AnnotatedElement type, Class<? extends java.lang.annotation.Annotation> marker) {
        return method.isAnnotationPresent(marker) || type.isAnnotationPresent(marker);
    }

    /**
     * A normal-scoped bean's client proxy, looked up on a filter's first request instead of on
     * every one (the lookups were 3 % of an audited read, #18); the proxy reaches each request's own
     * instance.
     */
    static final class Bean<T> {
        private final Class<T> type;
        private volatile T proxy;

        Bean(Class<T> type) {
            this.type = type;
        }

        T get() {
            T found = proxy;
            if (found == null) {
                found = CDI.current().select(type).get();
                proxy = found;
            }
            return found;
        }
    }

    /** Whatever token came along, an open endpoint names its own tenant (a login's, a link's). */
    @Priority(Priorities.AUTHORIZATION)
    static final class AnonymousFilter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            TenantScope.unbindCaller();
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class OperatorFilter implements ContainerRequestFilter {
        private final Bean<CallerContext> callers = new Bean<>(CallerContext.class);

        @Override
        public void filter(ContainerRequestContext request) {
            if (!callers.get().required().isOperator()) {
                throw new NotAuthenticated("this endpoint needs the platform operator token");
            }
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class StaffFilter implements ContainerRequestFilter {
        private final RequiresPermission permission;
        private final boolean allowedBeforePasswordChange;
        private final Bean<CallerContext> callers = new Bean<>(CallerContext.class);
        private final Bean<PermissionCheck> checks = new Bean<>(PermissionCheck.class);

        StaffFilter(RequiresPermission permission, boolean allowedBeforePasswordChange) {
            this.permission = permission;
            this.allowedBeforePasswordChange = allowedBeforePasswordChange;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Caller caller = callers.get().staff();
            PermissionCheck check = checks.get();
            if (!check.isActive(caller)) {
                throw new NotAuthenticated("this account is no longer active");
            }
            if (!allowedBeforePasswordChange && check.mustChangePassword(caller)) {
                throw new PasswordChangeRequired();
            }
            if (permission != null) {
                Optional<Forbidden> refusal = check.refusal(caller, permission.value(), permission.reach());
                if (refusal.isPresent()) {
                    throw refusal.get();
                }
            }
        }
    }
}
