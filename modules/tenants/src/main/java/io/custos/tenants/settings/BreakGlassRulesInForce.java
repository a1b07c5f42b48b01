package io.custos.tenants.settings;

import io.custos.identity.api.BreakGlassRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The settings' {@code breakGlass} group as identity reads it when a use opens. Nothing cached
 * depends on it (each use keeps the limits it opened under), so no change event is needed.
 */
@ApplicationScoped
public class BreakGlassRulesInForce implements BreakGlassRules.Source {

    @Inject
    CurrentSettings settings;

    @Override
    public BreakGlassRules current() {
        var group = settings.current().breakGlass();
        return new BreakGlassRules(group.maxHours(), group.reviewDays());
    }
}
