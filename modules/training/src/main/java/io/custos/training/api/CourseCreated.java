package io.custos.training.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A course was created with its first version. */
public record CourseCreated(
        TenantId tenantId,
        String actorId,
        String targetId,
        String code,
        String title,
        String version,
        int validityMonths,
        Integer passMark,
        List<String> jurisdictions,
        List<String> requiredForPermissions,
        String statementHash,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "training.course.create";
    }

    @Override
    public String targetType() {
        return "course";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(
                "code", code,
                "title", title,
                "version", version,
                "validityMonths", validityMonths,
                "passMark", String.valueOf(passMark),
                "jurisdictions", jurisdictions,
                "requiredForPermissions", requiredForPermissions,
                "statementHash", statementHash);
    }
}
