package io.custos.identity.api;

/** Whether a name is in the permission catalogue, for modules that refer to permissions (training). */
public interface PermissionNames {

    boolean isKnown(String permission);
}
