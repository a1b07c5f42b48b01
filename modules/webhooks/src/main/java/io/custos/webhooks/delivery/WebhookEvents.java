package io.custos.webhooks.delivery;

import io.custos.audit.api.AuditVerificationFailed;
import io.custos.consent.api.ConsentRecorded;
import io.custos.identity.api.BreakGlassOpened;
import io.custos.identity.api.GrantGiven;
import io.custos.identity.api.GrantRevoked;
import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantScope;
import io.custos.requests.api.BreachChanged;
import io.custos.requests.api.PrivacyRequestChanged;
import io.custos.requests.api.PrivacyRequestDue;
import io.custos.training.api.TrainingOverdue;
import io.custos.webhooks.endpoint.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the domain events of the catalogue into webhook messages, inside the transaction of the
 * change (so the outbox entry commits with it). Payloads carry ids and what changed, never
 * protected field values nor free text (reasons, notes) that could hold them.
 */
@ApplicationScoped
public class WebhookEvents {

    @Inject
    Deliveries deliveries;

    @Inject
    Clock clock;

    void grantGiven(@Observes GrantGiven event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("grantId", event.targetId());
        data.put("staffId", event.staffId());
        data.put("roleId", event.roleId());
        data.put("scope", event.scope());
        data.put("validFrom", String.valueOf(event.validFrom()));
        data.put("validUntil", String.valueOf(event.validUntil()));
        publish(event, EventType.GRANT_GIVEN, data);
    }

    void grantRevoked(@Observes GrantRevoked event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("grantId", event.targetId());
        data.put("staffId", event.staffId());
        publish(event, EventType.GRANT_REVOKED, data);
    }

    void consentChanged(@Observes ConsentRecorded event) {
        if ("PENDING".equals(event.state())) {
            return; // a double opt-in not yet confirmed changes no consent in force; its confirmation is sent
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customerId", event.targetId());
        data.put("consentEventId", event.eventId());
        data.put("purpose", event.purpose());
        data.put("state", event.state());
        data.put("source", event.source());
        publish(event, EventType.CONSENT_CHANGED, data);
    }

    void privacyRequestChanged(@Observes PrivacyRequestChanged event) {
        EventType type =
                switch (event.step()) {
                    case "receive" -> EventType.PRIVACY_REQUEST_OPENED;
                    case "fulfil" -> EventType.PRIVACY_REQUEST_FULFILLED;
                    default -> null;
                };
        if (type != null) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("requestId", event.targetId());
            data.put("requestType", event.type());
            data.put("customerId", event.customerId());
            data.put("dueAt", event.dueAt().toString());
            publish(event, type, data);
        }
    }

    void breakGlassOpened(@Observes BreakGlassOpened event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("breakGlassId", event.targetId());
        data.put("staffId", event.actorId());
        if (event.customerId() != null) {
            data.put("customerId", event.customerId());
        }
        if (event.storeId() != null) {
            data.put("storeId", event.storeId());
        }
        data.put("expiresAt", event.expiresAt().toString());
        publish(event, EventType.BREAK_GLASS_OPENED, data);
    }

    void privacyRequestDue(@Observes PrivacyRequestDue event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", event.requestId());
        data.put("requestType", event.type());
        data.put("customerId", event.customerId());
        data.put("dueAt", event.dueAt().toString());
        data.put("overdue", event.overdue());
        TenantScope.run(
                event.tenantId(),
                () -> deliveries.publishOnce(EventType.PRIVACY_REQUEST_DUE, clock.instant(), data, event.occurrence()));
    }

    void trainingOverdue(@Observes TrainingOverdue event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("staffId", event.staffId());
        data.put("courseId", event.courseId());
        data.put("courseCode", event.courseCode());
        data.put("dueAt", event.dueAt().toString());
        TenantScope.run(
                event.tenantId(),
                () -> deliveries.publishOnce(EventType.TRAINING_OVERDUE, clock.instant(), data, event.occurrence()));
    }

    void auditVerificationFailed(@Observes AuditVerificationFailed event) {
        publish(event, EventType.AUDIT_VERIFICATION_FAILED, event.details());
    }

    /** The counts, packs and deadlines of a registered breach; not its title or description (free text). */
    void breachRegistered(@Observes BreachChanged event) {
        if (BreachChanged.REGISTER.equals(event.step())) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("breachId", event.targetId());
            data.put("discoveredAt", event.details().get("discoveredAt"));
            data.put("affectedCustomers", event.details().get("affectedCustomers"));
            data.put("packs", event.details().get("packs"));
            publish(event, EventType.BREACH_REGISTERED, data);
        }
    }

    private void publish(DomainEvent event, EventType type, Map<String, Object> data) {
        TenantScope.run(event.tenantId(), () -> deliveries.publish(type, event.at(), data));
    }
}
