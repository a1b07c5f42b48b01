package io.custos.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A staff endpoint that answers also while its caller signed in with a temporary password
 * (changing it, signing out); every other one answers 403 {@code password-change-required} then.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowedBeforePasswordChange {}
