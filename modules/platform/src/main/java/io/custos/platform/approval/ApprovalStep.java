package io.custos.platform.approval;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** An approval was requested, approved, rejected or expired ({@code approval.request} and so on). */
public record ApprovalStep(
        TenantId tenantId, String actorId, Step step, String approvalId, String heldAction, String reason, Instant at)
        implements DomainEvent {

    public enum Step {
        REQUEST,
        APPROVE,
        REJECT,
        EXPIRE
    }

    @Override
    public String action() {
        return "approval." + step.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String targetType() {
        return "approval";
    }

    @Override
    public String targetId() {
        return approvalId;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new HashMap<>();
        details.put("action", heldAction);
        if (reason != null) {
            details.put("reason", reason);
        }
        return details;
    }
}
