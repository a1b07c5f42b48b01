package io.custos.tenants.config;

import io.custos.platform.approval.FourEyes;
import io.custos.platform.config.ConfigNode;
import io.custos.platform.config.TenantConfigSection;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.tenants.onboarding.Tenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies a tenant-config document: each section by the module that owns it, in dependency order,
 * all in one transaction. A dry run does the same work and rolls it back, so its plan is exactly
 * what applying would do; a failing section leaves nothing behind.
 */
@ApplicationScoped
public class TenantConfiguration {

    @Inject
    Instance<TenantConfigSection> sections;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    TenantData data;

    @Inject
    FourEyes fourEyes;

    @Inject
    Clock clock;

    /** The four-eyes action a tenant may hold: applying a configuration after its first. */
    static final String TENANT_CONFIGURATION = "TENANT_CONFIGURATION";

    /**
     * The API's apply of a YAML document: past the tenant's first configuration, one the tenant
     * holds for four eyes waits for a second admin (a dry run never waits: it changes nothing).
     */
    @Transactional
    public Result applyRequested(Caller caller, String yaml, boolean dryRun) {
        ConfigNode document = ConfigNode.parse(new StringReader(yaml));
        if (!dryRun && tenant(caller).configuredAt() != null) {
            fourEyes.requireApproval(caller, TENANT_CONFIGURATION, new HeldConfiguration(yaml), null);
        }
        return apply(caller, document, List.of(), dryRun);
    }

    /** Applies {@code document}'s sections but those in {@code skipped} (onboarding's own header). */
    @Transactional
    public Result apply(Caller caller, ConfigNode document, List<String> skipped, boolean dryRun) {
        if (!dryRun) {
            tenant(caller).configured(clock.instant());
        }
        Map<String, TenantConfigSection> byKey =
                sections.stream().collect(Collectors.toMap(TenantConfigSection::key, s -> s));
        Map<String, ConfigNode> present = document.fields();
        present.forEach((key, node) -> {
            if (!byKey.containsKey(key) && !skipped.contains(key)) {
                throw node.error("is not a section this server applies (sections: "
                        + byKey.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        });
        List<TenantConfigSection.Change> changes = new ArrayList<>();
        byKey.values().stream()
                .sorted(Comparator.comparingInt(TenantConfigSection::order))
                .filter(section -> present.containsKey(section.key()))
                .forEach(section -> changes.addAll(section.apply(caller, present.get(section.key()))));
        if (dryRun) {
            transactions.setRollbackOnly();
        }
        return new Result(dryRun, changes);
    }

    private Tenant tenant(Caller caller) {
        return data.sharedEm().find(Tenant.class, caller.tenantId().value());
    }

    /** A configuration as four eyes holds it: the YAML as sent. */
    public record HeldConfiguration(String yaml) {}

    /** What the document changed, or in a dry run would change. */
    public record Result(boolean dryRun, List<TenantConfigSection.Change> changes) {}
}
