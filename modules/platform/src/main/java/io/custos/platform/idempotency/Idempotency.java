package io.custos.platform.idempotency;

import io.custos.platform.crypto.SecretBox;
import io.custos.platform.json.Json;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a creating request at most once per caller and {@code Idempotency-Key}: the work and the
 * stored answer commit in one transaction, so a retry either replays the answer or, if the first
 * attempt rolled back, does the work afresh. The same key with another body is refused (422);
 * while the first request with a key is being served, the others are answered 409 with
 * {@code Retry-After}, then the first answer. The key is claimed in a short transaction of its own
 * before the work starts, so concurrent requests neither wait on the first one's locks nor do its
 * work a second time.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final Duration RETENTION = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(Idempotency.class.getName());

    @Inject
    IdempotencyClaims claims;

    @Inject
    SecretBox secrets;

    /**
     * A creating request: runs {@code work} at most once per key and answers 201 with the
     * {@code Location} of what it created and its view as the body.
     */
    public <T> Response created(
            Caller caller, String key, String operation, Object request, Supplier<T> work, Function<T, URI> location) {
        return once(caller, key, operation + "\u0000" + Json.write(request), () -> {
                    T view = work.get();
                    return StoredAnswer.created(location.apply(view), Json.write(view));
                })
                .toResponse();
    }

    /** A request that creates many things at once: runs {@code work} at most once per key, answers 200 with its view. */
    public <T> Response ok(Caller caller, String key, String operation, Object request, Supplier<T> work) {
        return once(
                        caller,
                        key,
                        operation + "\u0000" + Json.write(request),
                        () -> StoredAnswer.ok(Json.write(work.get())))
                .toResponse();
    }

    public StoredAnswer once(Caller caller, String key, String requestFingerprint, Supplier<StoredAnswer> work) {
        if (key == null) {
            return claims.once(work);
        }
        if (key.isBlank() || key.length() > 255) {
            throw new InvalidInput(HEADER, "must have 1 to 255 characters");
        }
        // Keyed, because request bodies may hold passwords: the stored value must not be guessable.
        String fingerprint = secrets.mac("idempotency", requestFingerprint);
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(caller.idempotencyScope(), key);
        IdempotencyClaims.Outcome claimed = claims.claim(id, fingerprint);
        if (claimed.answer() != null) {
            return claimed.answer();
        }
        try {
            return claims.answer(id, claimed.claim(), work);
        } catch (RuntimeException failure) {
            try {
                claims.release(id, claimed.claim());
            } catch (RuntimeException release) {
                LOG.log(
                        Level.WARNING,
                        "could not give up the claim of an Idempotency-Key; it lapses in "
                                + IdempotencyRecord.ABANDONED_AFTER,
                        release);
            }
            throw failure;
        }
    }
}
