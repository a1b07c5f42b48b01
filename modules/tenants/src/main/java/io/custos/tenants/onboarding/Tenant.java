package io.custos.tenants.onboarding;

import io.custos.platform.tenancy.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A store chain. The registry of tenants is the one table that is not itself tenant-owned. */
@Entity
@Table(name = "tenants_tenant")
public class Tenant {

    public enum Status {
        ACTIVE,
        SUSPENDED
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "slug", nullable = false, unique = true)
    private String slug;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "headquarters_country", nullable = false)
    private String headquartersCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "configured_at")
    private Instant configuredAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Tenant() {}

    Tenant(TenantId id, String slug, String name, String headquartersCountry, Instant now) {
        this.id = id.value();
        this.slug = slug;
        this.name = name;
        this.headquartersCountry = headquartersCountry;
        this.status = Status.ACTIVE;
        this.createdAt = now;
    }

    /** Notes that a configuration was applied; answers whether it was the tenant's first. */
    public boolean configured(Instant now) {
        if (configuredAt != null) {
            return false;
        }
        configuredAt = now;
        return true;
    }

    public Instant configuredAt() {
        return configuredAt;
    }

    public TenantId id() {
        return new TenantId(id);
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String headquartersCountry() {
        return headquartersCountry;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
