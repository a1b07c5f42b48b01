package io.custos.regions.store;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A store: where it is (country, subdivision) decides the rule pack of its customers. */
@Entity
@Table(name = "regions_store")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Store {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "subdivision")
    private String subdivision;

    @Column(name = "region_id")
    private String regionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Store() {}

    Store(String code, String name, String country, String subdivision, String regionId, Instant now) {
        this.id = Ids.newId();
        this.code = code;
        this.name = name;
        this.country = country;
        this.subdivision = subdivision;
        this.regionId = regionId;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public String subdivision() {
        return subdivision;
    }

    public String regionId() {
        return regionId;
    }
}
