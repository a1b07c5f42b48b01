package io.custos.webhooks.delivery;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One attempt of a delivery, as the delivery log shows it. */
@Entity
@Table(name = "webhooks_attempt")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class DeliveryAttempt {

    static final int ERROR_LENGTH = 1000;

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "delivery_id", nullable = false)
    private String deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(name = "error")
    private String error;

    protected DeliveryAttempt() {}

    DeliveryAttempt(String deliveryId, Sender.Outcome outcome) {
        this.id = Ids.newId();
        this.deliveryId = deliveryId;
        this.attemptedAt = outcome.at();
        this.statusCode = outcome.statusCode();
        this.durationMs = outcome.duration().toMillis();
        String failure = outcome.error();
        this.error = failure == null || failure.length() <= ERROR_LENGTH ? failure : failure.substring(0, ERROR_LENGTH);
    }

    String deliveryId() {
        return deliveryId;
    }

    AttemptView view() {
        return new AttemptView(attemptedAt, statusCode, durationMs, error);
    }

    /** An attempt in the delivery log: {@code statusCode} null when no answer came. */
    public record AttemptView(Instant at, Integer statusCode, long durationMs, String error) {}
}
