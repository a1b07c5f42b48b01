package io.custos.platform.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * The only way to reach tenant-owned entities. It binds the bound tenant to the transaction's
 * EntityManager through EclipseLink's tenant discriminator, once per transaction, so every query
 * and insert of a {@code @Multitenant} entity is filtered by {@code tenant_id}. No tenant, or a
 * second tenant in the same transaction, is refused.
 */
@ApplicationScoped
public class TenantData {

    private static final String BOUND_TENANT = TenantData.class.getName() + ".tenant";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The EntityManager for tenant-owned entities; refuses when no tenant is bound. */
    public EntityManager em() {
        return bind(TenantScope.required());
    }

    /**
     * The EntityManager for platform tables that carry no tenant (tenant registry, idempotency
     * records). It still binds the tenant in scope, if any, so the transaction has one binding.
     */
    public EntityManager sharedEm() {
        return TenantScope.current().map(this::bind).orElse(em);
    }

    private EntityManager bind(TenantId tenant) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("tenant data is read and written inside a transaction only");
        }
        Object bound = transactions.getResource(BOUND_TENANT);
        if (bound == null) {
            em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, tenant.value());
            transactions.putResource(BOUND_TENANT, tenant);
        } else if (!bound.equals(tenant)) {
            throw new IllegalStateException("transaction bound to tenant " + bound + " used for " + tenant);
        }
        return em;
    }
}
