package io.custos.webhooks.delivery;

import io.custos.platform.json.Json;
import io.custos.platform.outbox.Outbox;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import io.custos.tenants.api.TenantSettingsReader;
import io.custos.webhooks.api.WebhookEndpointChanged;
import io.custos.webhooks.endpoint.Endpoint;
import io.custos.webhooks.endpoint.Endpoints;
import io.custos.webhooks.endpoint.EventType;
import io.custos.webhooks.endpoint.WebhookSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Deliveries of the bound tenant: queued in the transaction of the change that caused them (one
 * outbox entry per delivery), then prepared and recorded attempt by attempt, each step a short
 * transaction of its own so that no database work waits on a receiver.
 */
@ApplicationScoped
public class Deliveries {

    static final String OUTBOX_KIND = "webhook.delivery";

    @Inject
    TenantData data;

    @Inject
    Endpoints endpoints;

    @Inject
    WebhookSecrets secrets;

    @Inject
    TenantSettingsReader settings;

    @Inject
    Outbox outbox;

    @Inject
    Event<WebhookEndpointChanged> changed;

    @Inject
    Clock clock;

    /** A delivery ready to send: the body as stored and the keys that sign it now. */
    public record Prepared(String id, String url, String body, List<byte[]> keys) {}

    /** Queues a message of {@code type} to every enabled endpoint that chose it. */
    @Transactional
    public void publish(EventType type, Instant occurredAt, Map<String, Object> payloadData) {
        publishOnce(type, occurredAt, payloadData, null);
    }

    /**
     * As {@link #publish}, but each endpoint gets at most one message per {@code occurrence} (null:
     * no such limit), however often the source announces it: jobs announce a state (overdue, due
     * soon) on every round.
     */
    @Transactional
    public void publishOnce(EventType type, Instant occurredAt, Map<String, Object> payloadData, String occurrence) {
        List<Endpoint> wanting = endpoints.wanting(type);
        if (wanting.isEmpty()) {
            return;
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", type.code());
        message.put("timestamp", occurredAt.toString());
        message.put("data", payloadData);
        String body = Json.write(message);
        Instant now = clock.instant();
        for (Endpoint endpoint : wanting) {
            Delivery delivery = new Delivery(endpoint.id(), type.code(), body, now);
            if (outbox.enqueue(
                    OUTBOX_KIND, delivery.id(), occurrence == null ? null : occurrence + "@" + endpoint.id())) {
                data.em().persist(delivery);
            }
        }
    }

    /** An endpoint's deliveries, newest first, each with its attempts. */
    @Transactional
    public Page<DeliveryView> page(String endpointId, PageRequest request) {
        endpoints.get(endpointId);
        String after = request.after() == null ? "" : " AND d.id < :after";
        var query = data.em()
                .createQuery(
                        "SELECT d FROM Delivery d WHERE d.endpointId = :endpoint" + after + " ORDER BY d.id DESC",
                        Delivery.class)
                .setParameter("endpoint", endpointId);
        if (request.after() != null) {
            query.setParameter("after", request.after());
        }
        List<Delivery> rows = query.setMaxResults(request.probeSize()).getResultList();
        Map<String, List<DeliveryAttempt.AttemptView>> attempts = rows.isEmpty()
                ? Map.of()
                : data.em()
                        .createQuery(
                                "SELECT a FROM DeliveryAttempt a WHERE a.deliveryId IN :ids ORDER BY a.id",
                                DeliveryAttempt.class)
                        .setParameter("ids", rows.stream().map(Delivery::id).toList())
                        .getResultStream()
                        .collect(Collectors.groupingBy(
                                DeliveryAttempt::deliveryId,
                                Collectors.mapping(DeliveryAttempt::view, Collectors.toList())));
        return Page.of(rows, request, Delivery::id, d -> DeliveryView.of(d, attempts.getOrDefault(d.id(), List.of())));
    }

    /** Sends a delivery again (same {@code webhook-id}), to an enabled endpoint. */
    @Transactional
    public DeliveryView redeliver(Caller caller, String endpointId, String deliveryId) {
        Endpoint endpoint = endpoints.get(endpointId);
        Delivery delivery = Optional.ofNullable(
                        deliveryId == null ? null : data.em().find(Delivery.class, deliveryId))
                .filter(d -> d.endpointId().equals(endpoint.id()))
                .orElseThrow(() -> new NotFound("delivery", deliveryId));
        if (!endpoint.isEnabled()) {
            throw new Conflict("webhook-disabled", "the endpoint is disabled; enable it before redelivering");
        }
        delivery.queuedAgain();
        outbox.enqueue(OUTBOX_KIND, delivery.id());
        changed.fire(new WebhookEndpointChanged(
                caller.tenantId(),
                caller.staffId(),
                endpoint.id(),
                "redeliver",
                Map.of("deliveryId", delivery.id()),
                clock.instant()));
        return DeliveryView.of(delivery, List.of());
    }

    /** The delivery to send now; empty when it or its endpoint is gone, or the endpoint is disabled. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Prepared> prepare(String deliveryId) {
        Delivery delivery = data.em().find(Delivery.class, deliveryId);
        if (delivery == null) {
            return Optional.empty(); // its endpoint was deleted
        }
        Endpoint endpoint = endpoints.get(delivery.endpointId());
        if (!endpoint.isEnabled()) {
            delivery.skipped();
            return Optional.empty();
        }
        List<byte[]> keys = endpoint.signingSecretsSealed(clock.instant()).stream()
                .map(secret -> secrets.open(endpoint.id(), secret))
                .toList();
        return Optional.of(new Prepared(delivery.id(), endpoint.url(), delivery.payload(), keys));
    }

    /**
     * Logs an attempt and counts it against the endpoint; answers whether to try again later: not
     * after a success, not when {@code lastChance}, and not when this failure disabled the endpoint.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(String deliveryId, Sender.Outcome outcome, boolean lastChance) {
        Delivery delivery = data.em().find(Delivery.class, deliveryId);
        if (delivery == null) {
            return false;
        }
        Endpoint endpoint = data.em().find(Endpoint.class, delivery.endpointId(), LockModeType.PESSIMISTIC_WRITE);
        data.em().persist(new DeliveryAttempt(deliveryId, outcome));
        if (outcome.succeeded()) {
            delivery.attempted(Delivery.Status.DELIVERED, outcome.at());
            endpoint.succeeded();
            return false;
        }
        boolean disabled = endpoint.failed(settings.current().webhooks().disableAfterFailures());
        boolean retry = !disabled && !lastChance;
        delivery.attempted(retry ? Delivery.Status.RETRYING : Delivery.Status.FAILED, outcome.at());
        if (disabled) {
            changed.fire(new WebhookEndpointChanged(
                    TenantScope.required(),
                    "system",
                    endpoint.id(),
                    "disable",
                    Map.of("reason", endpoint.disabledReason(), "deliveryId", deliveryId),
                    clock.instant()));
        }
        return retry;
    }
}
