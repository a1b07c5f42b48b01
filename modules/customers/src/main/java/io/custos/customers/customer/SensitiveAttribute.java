package io.custos.customers.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An attribute name the tenant declared SENSITIVE. */
@Entity
@Table(name = "customers_sensitive_attribute")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class SensitiveAttribute {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SensitiveAttribute() {}

    SensitiveAttribute(String id, String name, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
    }

    String name() {
        return name;
    }
}
