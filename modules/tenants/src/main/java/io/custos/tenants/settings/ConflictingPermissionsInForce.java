package io.custos.tenants.settings;

import io.custos.identity.api.ConflictingPermissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The settings' {@code separationOfDuties.conflicts} as identity reads them at each grant and review. */
@ApplicationScoped
public class ConflictingPermissionsInForce implements ConflictingPermissions.Source {

    @Inject
    CurrentSettings settings;

    @Override
    public ConflictingPermissions current() {
        return new ConflictingPermissions(settings.current().separationOfDuties().conflicts().stream()
                .map(pair -> new ConflictingPermissions.Pair(pair.get(0), pair.get(1)))
                .toList());
    }
}
