package io.custos.platform.idempotency;

import io.custos.platform.crypto.SecretBox;
import io.custos.platform.json.Json;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Unprocessable;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a creating request at most once per caller and {@code Idempotency-Key}: the work and the
 * stored answer commit in one transaction, so a retry either replays the answer or, if the first
 * attempt rolled back, does the work afresh. The same key with another body is refused (422).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final Duration RETENTION = Duration.ofHours(24);

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    SecretBox secrets;

    /**
     * A creating request: runs {@code work} at most once per key and answers 201 with the
     * {@code Location} of what it created and its view as the body.
     */
    @Transactional
    public <T> Response created(
            Caller caller, String key, String operation, Object request, Supplier<T> work, Function<T, URI> location) {
        return once(caller, key, operation + "\u0000" + Json.write(request), () -> {
                    T view = work.get();
                    return StoredAnswer.created(location.apply(view), Json.write(view));
                })
                .toResponse();
    }

    @Transactional
    public StoredAnswer once(Caller caller, String key, String requestFingerprint, Supplier<StoredAnswer> work) {
        if (key == null) {
            return work.get();
        }
        if (key.isBlank() || key.length() > 255) {
            throw new InvalidInput(HEADER, "must have 1 to 255 characters");
        }
        // Keyed, because request bodies may hold passwords: the stored value must not be guessable.
        String fingerprint = secrets.mac("idempotency", requestFingerprint);
        EntityManager em = data.sharedEm();
        Instant now = clock.instant();
        IdempotencyRecord existing = em.find(
                IdempotencyRecord.class,
                new IdempotencyRecord.Key(caller.idempotencyScope(), key),
                LockModeType.PESSIMISTIC_WRITE);
        if (existing != null && !existing.isExpiredAt(now)) {
            if (!existing.isFor(fingerprint)) {
                throw new Unprocessable(
                        "idempotency-key-reused", "this Idempotency-Key was used for a different request");
            }
            return existing.answer();
        }
        StoredAnswer answer = work.get();
        if (existing != null) {
            existing.replaceWith(fingerprint, answer, now);
        } else {
            em.persist(new IdempotencyRecord(caller.idempotencyScope(), key, fingerprint, answer, now));
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "PRIMARY")) {
                throw new Conflict(
                        "idempotency-in-progress", "a request with this Idempotency-Key is in progress; retry");
            }
            throw e;
        }
        return answer;
    }
}
