package io.custos.regions.config;

import io.custos.platform.config.ConfigNode;
import io.custos.platform.config.TenantConfigSection;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import io.custos.regions.region.NewRegion;
import io.custos.regions.region.Regions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** {@code regions: [{code, name}]}: creates the regions that are missing. */
@ApplicationScoped
public class RegionsSection implements TenantConfigSection {

    @Inject
    Regions regions;

    @Override
    public String key() {
        return "regions";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Change> apply(Caller caller, ConfigNode section) {
        List<Change> changes = new ArrayList<>();
        for (ConfigNode item : section.items()) {
            item.allowing("code", "name");
            String code = item.text("code");
            if (regions.byCode(code).isPresent()) {
                continue;
            }
            try {
                regions.create(caller, new NewRegion(code, item.text("name")));
            } catch (InvalidInput invalid) {
                throw item.error(
                        invalid.errors().get(0).field(), invalid.errors().get(0).message());
            }
            changes.add(new Change(key(), "create", code));
        }
        return changes;
    }
}
