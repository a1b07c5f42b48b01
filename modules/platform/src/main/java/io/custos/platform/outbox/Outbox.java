package io.custos.platform.outbox;

import io.custos.platform.id.Ids;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Where a change puts the side effects that leave the process. {@link #enqueue} joins the
 * transaction of the change (it refuses to run without one): the entry commits or rolls back with
 * the change, and the scheduler delivers it afterwards through the {@link OutboxHandler} of its
 * kind. An entry written while a tenant is bound belongs to that tenant and is delivered with it bound.
 */
@ApplicationScoped
public class Outbox {

    static final int KIND_LENGTH = 100;
    static final int DEDUP_KEY_LENGTH = 255;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    /**
     * Adds an entry of {@code kind}; with a {@code dedupKey}, at most one entry of that kind and key
     * ever exists ("once per event"): a second one is ignored. Answers whether this call added it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(String kind, String payload, String dedupKey) {
        if (kind == null || kind.isBlank() || kind.length() > KIND_LENGTH) {
            throw new IllegalArgumentException("an outbox kind has 1 to " + KIND_LENGTH + " characters");
        }
        if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > DEDUP_KEY_LENGTH)) {
            throw new IllegalArgumentException("an outbox dedup key has 1 to " + DEDUP_KEY_LENGTH + " characters");
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // INSERT IGNORE: a duplicate (kind, dedup_key) adds nothing, without failing the change's transaction.
        return data.sharedEm()
                        .createNativeQuery(
                                "INSERT IGNORE INTO platform_outbox (id, tenant_id, kind, dedup_key, payload,"
                                        + " status, attempts, created_at, next_attempt_at)"
                                        + " VALUES (?1, ?2, ?3, ?4, ?5, 'PENDING', 0, ?6, ?7)")
                        .setParameter(1, Ids.newId())
                        .setParameter(
                                2, TenantScope.current().map(TenantId::value).orElse(null))
                        .setParameter(3, kind)
                        .setParameter(4, dedupKey)
                        .setParameter(5, payload)
                        .setParameter(6, now)
                        .setParameter(7, now)
                        .executeUpdate()
                == 1;
    }

    /** {@link #enqueue} without a dedup key: every call adds an entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(String kind, String payload) {
        return enqueue(kind, payload, null);
    }
}
