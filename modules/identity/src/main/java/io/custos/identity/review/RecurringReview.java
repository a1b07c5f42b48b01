package io.custos.identity.review;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A campaign the tenant configuration asks for every month, quarter, half or year. It opens at the
 * start of each period that begins after it was configured ({@code since}), once: the period whose
 * campaign is open already is kept, and the row is locked while one is opened.
 */
@Entity
@Table(name = "identity_recurring_review")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class RecurringReview {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "every", nullable = false)
    private Recurrence every;

    @Column(name = "region_id")
    private String regionId;

    @Column(name = "due_in_days", nullable = false)
    private int dueInDays;

    @Column(name = "revoke_unanswered", nullable = false)
    private boolean revokeUnanswered;

    @Column(name = "owner_id", nullable = false)
    private String ownerId;

    @Column(name = "since", nullable = false)
    private Instant since;

    @Column(name = "last_period_start")
    private Instant lastPeriodStart;

    @Version
    @Column(name = "version")
    private long version;

    protected RecurringReview() {}

    RecurringReview(Definition definition, String ownerId, Instant now) {
        this.id = Ids.newId();
        this.name = definition.name();
        this.ownerId = ownerId;
        this.since = now;
        apply(definition);
    }

    /** Brings it to {@code definition}; answers whether anything changed. Its periods so far stay. */
    boolean apply(Definition definition) {
        if (definition.equals(definition())) {
            return false;
        }
        every = definition.every();
        regionId = definition.regionId();
        dueInDays = definition.dueInDays();
        revokeUnanswered = definition.revokeUnanswered();
        return true;
    }

    Definition definition() {
        return every == null ? null : new Definition(name, every, regionId, dueInDays, revokeUnanswered);
    }

    /** The period whose campaign is due at {@code now}, if it began after this was configured and is not open yet. */
    java.util.Optional<Instant> duePeriod(Instant now) {
        Instant start = every.periodStart(now);
        boolean opened = lastPeriodStart != null && !start.isAfter(lastPeriodStart);
        return start.isBefore(since) || opened ? java.util.Optional.empty() : java.util.Optional.of(start);
    }

    void opened(Instant periodStart) {
        lastPeriodStart = Objects.requireNonNull(periodStart);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    String ownerId() {
        return ownerId;
    }

    /** What the configuration says of one recurring campaign. */
    public record Definition(String name, Recurrence every, String regionId, int dueInDays, boolean revokeUnanswered) {}
}
