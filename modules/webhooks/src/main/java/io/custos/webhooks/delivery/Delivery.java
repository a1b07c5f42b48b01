package io.custos.webhooks.delivery;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One message to one endpoint. Its id is the {@code webhook-id} of every attempt, so a receiver
 * recognises a repeat (delivery is at least once); the body is kept as sent, signed as it is.
 */
@Entity
@Table(name = "webhooks_delivery")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Delivery {

    public enum Status {
        /** Not tried yet, or queued again by a redelivery. */
        PENDING,
        DELIVERED,
        /** The last attempt failed; another follows after the back-off. */
        RETRYING,
        /** Given up: the attempts are used up, or the endpoint was disabled by this failure. */
        FAILED,
        /** Not sent: the endpoint was disabled when its turn came. */
        SKIPPED
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "endpoint_id", nullable = false)
    private String endpointId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "payload", nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    protected Delivery() {}

    Delivery(String endpointId, String eventType, String payload, Instant now) {
        this.id = Ids.newId();
        this.endpointId = endpointId;
        this.eventType = eventType;
        this.payload = payload;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    String id() {
        return id;
    }

    String endpointId() {
        return endpointId;
    }

    String eventType() {
        return eventType;
    }

    String payload() {
        return payload;
    }

    Status status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    void attempted(Status outcome, Instant at) {
        attempts++;
        lastAttemptAt = at;
        status = outcome;
    }

    void skipped() {
        status = Status.SKIPPED;
    }

    void queuedAgain() {
        status = Status.PENDING;
    }
}
