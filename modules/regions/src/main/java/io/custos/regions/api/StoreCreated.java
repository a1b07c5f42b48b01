package io.custos.regions.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A store was created; its country (and subdivision) decide its rule pack. */
public record StoreCreated(
        TenantId tenantId,
        String actorId,
        String targetId,
        String code,
        String name,
        String country,
        String subdivision,
        String regionId,
        String rulePack,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "store.create";
    }

    @Override
    public String targetType() {
        return "store";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(
                "code",
                code,
                "name",
                name,
                "country",
                country,
                "subdivision",
                String.valueOf(subdivision),
                "regionId",
                String.valueOf(regionId),
                "rulePack",
                rulePack);
    }
}
