package io.custos.identity.role;

import io.custos.identity.api.PermissionNames;
import jakarta.enterprise.context.ApplicationScoped;

/** The permission catalogue as other modules see it. */
@ApplicationScoped
public class PermissionCatalogue implements PermissionNames {

    @Override
    public boolean isKnown(String permission) {
        return Permission.byCode(permission).isPresent();
    }
}
