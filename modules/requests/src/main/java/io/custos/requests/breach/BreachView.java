package io.custos.requests.breach;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A registered breach with the packs involved (each with its count of affected customers, its
 * deadline counted from discovery and the notices its law asks for, with the basis) and the tasks.
 */
public record BreachView(
        String id,
        String title,
        String description,
        Instant discoveredAt,
        List<String> dataCategories,
        boolean highRisk,
        JsonObject affected,
        int affectedCustomers,
        Instant registeredAt,
        String registeredBy,
        List<PackView> packs,
        List<TaskView> tasks) {

    /** {@code notifyBy} is null where the pack's law gives no figure ("as soon as feasible"). */
    public record PackView(
            String rulePack,
            int affectedCustomers,
            Integer notificationHours,
            Instant notifyBy,
            boolean authorityNotice,
            boolean individualsNotice,
            String basis) {}

    /** {@code overdue}: open past its due time. */
    public record TaskView(
            String id,
            String rulePack,
            BreachTask.Kind kind,
            Instant dueAt,
            boolean overdue,
            Instant completedAt,
            String completedBy,
            String note) {}

    /** One affected customer, by pseudonymous id, and the pack counted for them. */
    public record AffectedCustomer(String customerId, String rulePack) {}
}
