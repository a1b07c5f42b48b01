package io.custos.customers.customer;

import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Retention of deleted customers: a deleted customer stays restorable by an operator for
 * {@code custos.customers.deleted-retention-days} (default 30), then is erased like a data-subject
 * erasure (crypto-shredded, blanked). Runs nightly on every instance; erasing is idempotent.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeletedCustomers {

    static final int PAGE = 500;
    private static final Logger LOG = Logger.getLogger(DeletedCustomers.class.getName());

    @Inject
    CustomerRetention retention;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    static final String RETENTION_DAYS = "custos.customers.deleted-retention-days";

    @Schedule(hour = "3", minute = "17", persistent = false)
    void purgeAll() {
        for (String tenant : tenantsWithCustomers()) {
            try {
                TenantScope.run(new TenantId(tenant), () -> purge("system"));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not purge the deleted customers of tenant " + tenant, e);
            }
        }
    }

    /** Erases the bound tenant's customers deleted longer ago than the retention; how many. */
    public int purge(String actorId) {
        // read per run, not injected: field injection of config into this EJB left it at 0 days
        int retentionDays = ConfigProvider.getConfig()
                .getOptionalValue(RETENTION_DAYS, Integer.class)
                .orElse(30);
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        int erased = 0;
        int page;
        do {
            page = retention.purgeDeleted(actorId, cutoff, retentionDays, PAGE);
            erased += page;
        } while (page == PAGE);
        return erased;
    }

    /** Every tenant with customers has a data key; native reads are refused next to multitenant entities. */
    private List<String> tenantsWithCustomers() {
        return data.sharedEm()
                .createQuery("SELECT k.tenantId FROM TenantDataKey k", String.class)
                .getResultList();
    }
}
