package io.custos.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a staff member needs to call an endpoint, checked once by
 * {@link AuthorizationFeature} before the resource method runs (and the MFA gate for sensitive
 * permissions with it).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {
    String value();

    PermissionCheck.Reach reach() default PermissionCheck.Reach.TENANT;
}
