package io.custos.platform.idempotency;

import io.custos.platform.problem.Conflict;
import java.util.Map;

/** 409 with {@code Retry-After}: a request with this Idempotency-Key is being served right now. */
public class RequestInProgress extends Conflict {

    static final String RETRY_AFTER_SECONDS = "1";

    public RequestInProgress() {
        super(
                "idempotency-in-progress",
                "a request with this Idempotency-Key is in progress; send it again after Retry-After seconds"
                        + " to get its answer");
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", RETRY_AFTER_SECONDS);
    }
}
