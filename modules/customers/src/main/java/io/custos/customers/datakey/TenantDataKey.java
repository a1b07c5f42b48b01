package io.custos.customers.datakey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tenant's data key, wrapped by the master key; one row per tenant, never read unwrapped. */
@Entity
@Table(name = "customers_data_key")
public class TenantDataKey {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "wrapped_key", nullable = false)
    private String wrappedKey;

    protected TenantDataKey() {}

    String wrappedKey() {
        return wrappedKey;
    }
}
