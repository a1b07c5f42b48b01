package io.custos.audit.trail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A customer an entry exposed besides its target (one row per customer of a list page): the index
 * by which a customer's access log finds the entry. Written with the entry; purged with it.
 */
@Entity
@Table(name = "audit_exposure")
@IdClass(AuditExposure.Key.class)
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class AuditExposure {

    @Id
    @Column(name = "customer_id")
    private String customerId;

    @Id
    @Column(name = "entry_id")
    private String entryId;

    protected AuditExposure() {}

    AuditExposure(String customerId, String entryId) {
        this.customerId = customerId;
        this.entryId = entryId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private String customerId;
        private String entryId;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(customerId, key.customerId)
                    && java.util.Objects.equals(entryId, key.entryId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(customerId, entryId);
        }
    }
}
