package io.custos.audit.checkpoint;

import io.custos.audit.trail.AuditChaining;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 minutes, signs the head of every tenant's chain that moved and purges what the
 * tenant's retention policy lets go. Every instance may run it:
 * the unique (tenant, seq) key lets only one checkpoint per head in.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class.getName());

    @Inject
    Checkpoints checkpoints;

    @Inject
    Retention retention;

    @Inject
    AuditChaining chaining;

    @Inject
    TenantData data;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void publishAll() {
        for (String tenant : tenantsWithTrails()) {
            try {
                TenantScope.run(new TenantId(tenant), () -> {
                    chaining.chainPending(); // entries a killed process committed but did not chain
                    checkpoints.publish();
                    retention.applyPolicy("system");
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not sign the audit checkpoint of tenant " + tenant, e);
            }
        }
    }

    /** Native reads are refused next to multitenant entities, so this asks through the head entity. */
    private List<String> tenantsWithTrails() {
        return data.sharedEm()
                .createQuery("SELECT h.tenantId FROM ChainHead h", String.class)
                .getResultList();
    }
}
