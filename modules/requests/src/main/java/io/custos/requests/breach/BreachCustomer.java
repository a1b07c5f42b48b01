package io.custos.requests.breach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A customer a breach affected, by pseudonymous id, with the pack they were counted under. */
@Entity
@Table(name = "requests_breach_customer")
@IdClass(BreachCustomer.Key.class)
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class BreachCustomer {

    @Id
    @Column(name = "breach_id")
    private String breachId;

    @Id
    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "pack_code", nullable = false)
    private String packCode;

    protected BreachCustomer() {}

    BreachCustomer(String breachId, String customerId, String packCode) {
        this.breachId = breachId;
        this.customerId = customerId;
        this.packCode = packCode;
    }

    String customerId() {
        return customerId;
    }

    BreachView.AffectedCustomer view() {
        return new BreachView.AffectedCustomer(customerId, packCode);
    }

    /** The row's key: one row per customer and breach. */
    public static class Key implements Serializable {
        private String breachId;
        private String customerId;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(breachId, key.breachId)
                    && java.util.Objects.equals(customerId, key.customerId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(breachId, customerId);
        }
    }
}
