package io.custos.consent.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The state in force per customer and purpose: the last event's, except that a GPC signal is kept
 * beside it (it counts only where the pack honours GPC) until the customer says otherwise.
 */
@Entity
@Table(name = "consent_current")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class CurrentConsent {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "customer_id", nullable = false)
    private String customerId;

    @Column(name = "purpose", nullable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ConsentState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private ConsentSource source;

    @Column(name = "gpc", nullable = false)
    private boolean gpc;

    @Column(name = "since", nullable = false)
    private Instant since;

    @Column(name = "event_id", nullable = false)
    private String eventId;

    @Version
    @Column(name = "version")
    private long version;

    protected CurrentConsent() {}

    CurrentConsent(String id, String customerId, String purpose) {
        this.id = id;
        this.customerId = customerId;
        this.purpose = purpose;
    }

    /** Follows an event. A GPC signal sets the flag and leaves the customer's own word standing. */
    void follow(String eventId, ConsentState state, ConsentSource source, Instant at) {
        this.eventId = eventId;
        this.since = at;
        if (source == ConsentSource.GPC) {
            gpc = true;
            if (this.state == null) {
                this.state = state;
                this.source = source;
            }
            return;
        }
        gpc = false;
        this.state = state;
        this.source = source;
    }

    public String purpose() {
        return purpose;
    }

    public ConsentState state() {
        return state;
    }

    public ConsentSource source() {
        return source;
    }

    public boolean gpc() {
        return gpc;
    }

    public Instant since() {
        return since;
    }
}
