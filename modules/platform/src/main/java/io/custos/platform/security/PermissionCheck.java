package io.custos.platform.security;

/** Whether a staff member currently holds a permission at tenant level. Implemented by identity. */
public interface PermissionCheck {

    /** True only for an active staff member holding {@code permission} through an active grant. */
    boolean holdsTenantWide(Caller staff, String permission);

    /** True while the staff member may use the API at all (not suspended or offboarded). */
    boolean isActive(Caller staff);
}
