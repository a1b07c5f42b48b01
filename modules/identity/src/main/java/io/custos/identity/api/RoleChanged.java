package io.custos.identity.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A tenant role's name or permissions changed; every grant of it changes with it. */
public record RoleChanged(
        TenantId tenantId,
        String actorId,
        String targetId,
        String nameBefore,
        String nameAfter,
        Set<String> permissionsBefore,
        Set<String> permissionsAfter,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "role.update";
    }

    @Override
    public String targetType() {
        return "role";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(
                "before", Map.of("name", nameBefore, "permissions", permissionsBefore),
                "after", Map.of("name", nameAfter, "permissions", permissionsAfter));
    }
}
