package io.custos.regions.region;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A tenant-defined grouping of stores (a sales region, an overseas market). */
@Entity
@Table(name = "regions_region")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Region {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Region() {}

    Region(String code, String name, Instant now) {
        this.id = Ids.newId();
        this.code = code;
        this.name = name;
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
}
