package io.custos.training.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A course's rules changed (title, validity, pass mark, jurisdictions, permissions). */
public record CourseChanged(
        TenantId tenantId,
        String actorId,
        String targetId,
        String code,
        Map<String, Object> before,
        Map<String, Object> after,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "training.course.update";
    }

    @Override
    public String targetType() {
        return "course";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("code", code, "before", before, "after", after);
    }

    /** Whether who must take the course may have changed. */
    public boolean changesWhoIsAssigned() {
        return after.containsKey("jurisdictions") || after.containsKey("requiredForPermissions");
    }
}
