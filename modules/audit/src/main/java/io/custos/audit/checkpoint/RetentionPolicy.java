package io.custos.audit.checkpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How long a tenant keeps its audit trail; one row per tenant that set one. */
@Entity
@Table(name = "audit_retention_policy")
public class RetentionPolicy {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "retention_days", nullable = false)
    private int retentionDays;

    protected RetentionPolicy() {}

    RetentionPolicy(String tenantId, int retentionDays) {
        this.tenantId = tenantId;
        this.retentionDays = retentionDays;
    }

    String tenantId() {
        return tenantId;
    }

    int retentionDays() {
        return retentionDays;
    }

    void change(int days) {
        this.retentionDays = days;
    }
}
