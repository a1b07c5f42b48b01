package io.custos.regions.config;

import io.custos.platform.config.ConfigNode;
import io.custos.platform.config.TenantConfigSection;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import io.custos.regions.region.Region;
import io.custos.regions.region.Regions;
import io.custos.regions.store.NewStore;
import io.custos.regions.store.Stores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code stores: [{code, name, country, subdivision?, region?}]} with regions named by code. */
@ApplicationScoped
public class StoresSection implements TenantConfigSection {

    @Inject
    Stores stores;

    @Inject
    Regions regions;

    @Inject
    Validator validator;

    @Override
    public String key() {
        return "stores";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Change> apply(Caller caller, ConfigNode section) {
        List<Change> changes = new ArrayList<>();
        for (ConfigNode item : section.items()) {
            item.allowing("code", "name", "country", "subdivision", "region");
            String code = item.text("code");
            if (stores.storeIdByCode(code).isPresent()) {
                continue;
            }
            String regionId = item.optionalText("region")
                    .map(regionCode -> regions.byCode(regionCode)
                            .map(Region::id)
                            .orElseThrow(() -> item.error("region", "no region with the code " + regionCode)))
                    .orElse(null);
            NewStore store = new NewStore(
                    code,
                    item.text("name"),
                    item.text("country"),
                    item.optionalText("subdivision").orElse(null),
                    regionId);
            Set<ConstraintViolation<NewStore>> violations = validator.validate(store);
            if (!violations.isEmpty()) {
                ConstraintViolation<NewStore> first = violations.iterator().next();
                throw item.error(first.getPropertyPath().toString(), first.getMessage());
            }
            try {
                stores.create(caller, store);
            } catch (InvalidInput invalid) {
                throw item.error(
                        invalid.errors().get(0).field(), invalid.errors().get(0).message());
            }
            changes.add(new Change(key(), "create", code));
        }
        return changes;
    }
}
