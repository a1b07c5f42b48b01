package io.custos.identity.context;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One counter of {@link ContextVersions}: written with a native upsert, read as an entity. */
@Entity
@Table(name = "identity_context_version")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class ContextVersion {

    @Id
    @Column(name = "scope_id")
    private String scopeId;

    @Column(name = "version")
    private long version;

    protected ContextVersion() {}

    String scopeId() {
        return scopeId;
    }

    long version() {
        return version;
    }
}
