package io.custos.regions.config;

import io.custos.platform.config.ConfigNode;
import io.custos.platform.config.TenantConfigSection;
import io.custos.platform.json.Json;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.regions.rulepack.EffectivePacks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code ruleOverrides: {EU: {dsarResponseDays: 20}}}: the tenant's complete overrides per pack. */
@ApplicationScoped
public class RuleOverridesSection implements TenantConfigSection {

    @Inject
    EffectivePacks packs;

    @Override
    public String key() {
        return "ruleOverrides";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Change> apply(Caller caller, ConfigNode section) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, ConfigNode> pack : section.fields().entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> wanted = (Map<String, Object>) pack.getValue().plain();
            if (packs.overridesOf(pack.getKey()).equals(wanted)) {
                continue;
            }
            JsonObject overrides = Json.provider().createObjectBuilder(wanted).build();
            try {
                packs.override(caller, pack.getKey(), overrides);
            } catch (NotFound unknown) {
                throw pack.getValue().error("there is no rule pack " + pack.getKey());
            } catch (InvalidInput invalid) {
                throw pack.getValue()
                        .error(
                                invalid.errors().get(0).field(),
                                invalid.errors().get(0).message());
            }
            changes.add(new Change(key(), "override", pack.getKey()));
        }
        return changes;
    }
}
