package io.custos.requests.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/**
 * A breach was registered or one of its notification tasks completed ({@code step}); details carry
 * the counts, packs, deadlines and tasks, never the affected customers' data.
 */
public record BreachChanged(
        TenantId tenantId, String actorId, String targetId, String step, Map<String, Object> details, Instant at)
        implements DomainEvent {

    public static final String REGISTER = "register";
    public static final String COMPLETE_TASK = "complete-task";

    @Override
    public String action() {
        return "breach." + step;
    }

    @Override
    public String targetType() {
        return "breach";
    }
}
