package io.custos.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the outbox, read here; written with native statements by {@link Outbox} and {@link OutboxStore}. */
@Entity
@Table(name = "platform_outbox")
public class OutboxEntry {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String DEAD = "DEAD";

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "payload", nullable = false)
    private String payload;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "leased_until")
    private Instant leasedUntil;

    protected OutboxEntry() {}

    String id() {
        return id;
    }

    int attempts() {
        return attempts;
    }

    /** The message for this entry's next attempt. */
    OutboxMessage nextAttempt() {
        return new OutboxMessage(id, kind, payload, tenantId, attempts + 1);
    }
}
