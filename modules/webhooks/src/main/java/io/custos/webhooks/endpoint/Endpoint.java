package io.custos.webhooks.endpoint;

import io.custos.platform.id.Ids;
import io.custos.platform.problem.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Where a tenant wants to hear of the events it chose. Failed attempts in a row are counted, and
 * reaching the tenant's threshold disables the endpoint until someone re-enables it. During a
 * secret rotation the previous secret signs too, until its grace ends.
 */
@Entity
@Table(name = "webhooks_endpoint")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Endpoint {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "url", nullable = false)
    private String url;

    @Column(name = "description")
    private String description;

    /** Event type codes, space-separated. */
    @Column(name = "event_types", nullable = false)
    private String eventTypes;

    @Column(name = "secret_sealed", nullable = false)
    private String secretSealed;

    @Column(name = "previous_secret_sealed")
    private String previousSecretSealed;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "disabled_reason")
    private String disabledReason;

    @Column(name = "failures_in_a_row", nullable = false)
    private int failuresInARow;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    @Column(name = "version")
    private long version;

    protected Endpoint() {}

    Endpoint(String id, String url, String description, Set<EventType> types, String createdBy, Instant now) {
        this.id = id;
        this.url = url;
        this.description = description;
        this.eventTypes = codes(types);
        this.enabled = true;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    /** A fresh id for an endpoint about to be created: its secret is sealed to it before it exists. */
    static String newId() {
        return Ids.newId();
    }

    public String id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String description() {
        return description;
    }

    public Set<EventType> eventTypes() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Arrays.stream(eventTypes.split(" ")).map(EventType::byCode).forEach(t -> t.ifPresent(types::add));
        return types;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String disabledReason() {
        return disabledReason;
    }

    public int failuresInARow() {
        return failuresInARow;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /** Whether a message of {@code type} goes here now. */
    public boolean wants(EventType type) {
        return enabled && eventTypes().contains(type);
    }

    void change(String url, String description, Set<EventType> types) {
        if (url != null) {
            this.url = url;
        }
        if (description != null) {
            this.description = description;
        }
        if (types != null) {
            this.eventTypes = codes(types);
        }
    }

    void useSecret(String sealed) {
        this.secretSealed = sealed;
    }

    /** The new secret signs from now on; the one it replaces keeps signing until {@code graceEnds}. */
    void rotate(String sealedNew, String sealedPrevious, Instant graceEnds) {
        this.previousSecretSealed = sealedPrevious;
        this.previousSecretUntil = graceEnds;
        this.secretSealed = sealedNew;
    }

    String secretSealed() {
        return secretSealed;
    }

    /** The sealed secrets that sign at {@code now}: the current one first. */
    public List<String> signingSecretsSealed(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secretSealed));
        if (previousSecretSealed != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecretSealed);
        }
        return secrets;
    }

    /** When the previous secret stops signing, if a rotation's grace is running at {@code now}. */
    public Instant previousSecretUntil(Instant now) {
        return previousSecretUntil != null && now.isBefore(previousSecretUntil) ? previousSecretUntil : null;
    }

    void enable() {
        if (enabled) {
            throw new Conflict("webhook-enabled", "the endpoint is enabled already");
        }
        enabled = true;
        disabledReason = null;
        failuresInARow = 0;
    }

    /** A delivery reached the receiver: the count of failures in a row starts again. */
    public void succeeded() {
        failuresInARow = 0;
    }

    /** Counts a failed attempt; answers true when this one disabled the endpoint. */
    public boolean failed(int disableAfter) {
        failuresInARow++;
        if (enabled && failuresInARow >= disableAfter) {
            enabled = false;
            disabledReason = failuresInARow + " failed attempts in a row";
            return true;
        }
        return false;
    }

    private static String codes(Set<EventType> types) {
        return types.stream().map(EventType::code).sorted().collect(Collectors.joining(" "));
    }
}
