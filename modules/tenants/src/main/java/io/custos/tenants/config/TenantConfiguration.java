package io.custos.tenants.config;

import io.custos.platform.config.ConfigNode;
import io.custos.platform.config.TenantConfigSection;
import io.custos.platform.security.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
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

    /** Applies {@code document}'s sections but those in {@code skipped} (onboarding's own header). */
    @Transactional
    public Result apply(Caller caller, ConfigNode document, List<String> skipped, boolean dryRun) {
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

    /** What the document changed, or in a dry run would change. */
    public record Result(boolean dryRun, List<TenantConfigSection.Change> changes) {}
}
