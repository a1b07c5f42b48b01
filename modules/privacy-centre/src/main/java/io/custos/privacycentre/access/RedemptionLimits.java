package io.custos.privacycentre.access;

import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * Counts redemption attempts per tenant in fixed windows, in the database so that every instance
 * counts against the same limit: per client address (guessing many codes) and per code (guessing
 * the contact that goes with one). Every attempt counts, successful or not, and commits on its own,
 * before the redemption is decided.
 */
@ApplicationScoped
public class RedemptionLimits {

    static final Duration WINDOW = Duration.ofMinutes(15);

    /** A household behind one address redeems a few links; a guesser needs thousands of tries. */
    static final int PER_ADDRESS = 20;

    /** A customer mistyping their e-mail a few times still gets in; 31^8 codes stay out of reach. */
    static final int PER_CODE = 5;

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    /** Counts one attempt from {@code clientAddress} (and for the code, if any); 429 past a limit. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = TooManyAttempts.class)
    public void count(String clientAddress, Optional<String> codeSha256) {
        Instant now = clock.instant();
        Instant windowStart = Instant.ofEpochSecond(now.getEpochSecond() - now.getEpochSecond() % WINDOW.toSeconds());
        boolean over = increment("address:" + clientAddress, windowStart) > PER_ADDRESS;
        if (codeSha256.isPresent()) {
            over |= increment("code:" + codeSha256.get(), windowStart) > PER_CODE;
        }
        if (over) {
            throw new TooManyAttempts(Duration.between(now, windowStart.plus(WINDOW)));
        }
    }

    private int increment(String bucket, Instant windowStart) {
        String tenant = TenantScope.required().value();
        LocalDateTime window = LocalDateTime.ofInstant(windowStart, ZoneOffset.UTC);
        // one atomic statement: two instances counting at once both count
        data.em()
                .createNativeQuery("INSERT INTO centre_attempt (tenant_id, bucket, window_start, attempts)"
                        + " VALUES (?1, ?2, ?3, 1) ON DUPLICATE KEY UPDATE attempts = attempts + 1")
                .setParameter(1, tenant)
                .setParameter(2, bucket)
                .setParameter(3, window)
                .executeUpdate();
        Number attempts = (Number) data.em()
                .createNativeQuery("SELECT attempts FROM centre_attempt WHERE tenant_id = ?1 AND bucket = ?2"
                        + " AND window_start = ?3")
                .setParameter(1, tenant)
                .setParameter(2, bucket)
                .setParameter(3, window)
                // EclipseLink refuses native reads beside multitenant entities; this one names its tenant
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getSingleResult();
        return attempts.intValue();
    }

    /** Forgets the bound tenant's windows that ended before {@code before}. */
    @Transactional
    public int forgetBefore(Instant before) {
        return data.em()
                .createNativeQuery("DELETE FROM centre_attempt WHERE tenant_id = ?1 AND window_start < ?2")
                .setParameter(1, TenantScope.required().value())
                .setParameter(2, LocalDateTime.ofInstant(before.minus(WINDOW), ZoneOffset.UTC))
                .executeUpdate();
    }
}
