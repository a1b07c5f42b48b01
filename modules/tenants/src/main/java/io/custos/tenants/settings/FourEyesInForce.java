package io.custos.tenants.settings;

import io.custos.platform.approval.ApprovalPolicy;
import io.custos.tenants.api.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/** The settings' {@code fourEyes} group as the approval mechanism reads it, at each marked action. */
@ApplicationScoped
public class FourEyesInForce implements ApprovalPolicy {

    @Inject
    CurrentSettings settings;

    @Override
    public Optional<Duration> approvalWindow(String action) {
        TenantSettings.FourEyes group = settings.current().fourEyes();
        boolean held = group.enabled()
                && group.actions().stream().anyMatch(marked -> marked.name().equals(action));
        return held ? Optional.of(Duration.ofHours(group.expiryHours())) : Optional.empty();
    }
}
