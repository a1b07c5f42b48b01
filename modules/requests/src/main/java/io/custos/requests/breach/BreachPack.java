package io.custos.requests.breach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A pack the affected customers live under and what its law asks of the breach, fixed at registration. */
@Entity
@Table(name = "requests_breach_pack")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class BreachPack {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "breach_id", nullable = false)
    private String breachId;

    @Column(name = "pack_code", nullable = false)
    private String packCode;

    @Column(name = "affected_count", nullable = false)
    private int affectedCount;

    @Column(name = "notification_hours")
    private Integer notificationHours;

    @Column(name = "notify_by")
    private Instant notifyBy;

    @Column(name = "authority_notice", nullable = false)
    private boolean authorityNotice;

    @Column(name = "individuals_notice", nullable = false)
    private boolean individualsNotice;

    @Column(name = "basis", nullable = false)
    private String basis;

    protected BreachPack() {}

    BreachPack(String id, String breachId, NotificationDuty duty) {
        this.id = id;
        this.breachId = breachId;
        this.packCode = duty.packCode();
        this.affectedCount = duty.affected();
        this.notificationHours = duty.notificationHours();
        this.notifyBy = duty.notifyBy();
        this.authorityNotice = duty.authorityNotice();
        this.individualsNotice = duty.individualsNotice();
        this.basis = duty.basis();
    }

    String breachId() {
        return breachId;
    }

    /** What the audit entry keeps of the pack: the deadline and the notices owed. */
    java.util.Map<String, Object> trail() {
        java.util.Map<String, Object> trail = new java.util.LinkedHashMap<>();
        trail.put("rulePack", packCode);
        trail.put("affectedCustomers", affectedCount);
        trail.put("notifyBy", String.valueOf(notifyBy));
        trail.put("authorityNotice", authorityNotice);
        trail.put("individualsNotice", individualsNotice);
        return trail;
    }

    BreachView.PackView view() {
        return new BreachView.PackView(
                packCode, affectedCount, notificationHours, notifyBy, authorityNotice, individualsNotice, basis);
    }
}
