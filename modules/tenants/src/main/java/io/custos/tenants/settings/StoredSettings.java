package io.custos.tenants.settings;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** The tenant's settings document as last changed; absent until the first change (the defaults). */
@Entity
@Table(name = "tenants_settings")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class StoredSettings {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "document", nullable = false)
    private String document;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected StoredSettings() {}

    StoredSettings(String document, String by, Instant now) {
        this.id = Ids.newId();
        replace(document, by, now);
    }

    /** Puts {@code document} in force; the version moves on when the transaction writes it. */
    void replace(String document, String by, Instant now) {
        this.document = document;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    String document() {
        return document;
    }

    long version() {
        return version;
    }
}
