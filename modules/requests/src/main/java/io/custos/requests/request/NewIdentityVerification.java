package io.custos.requests.request;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A check of the requester's identity, as staff record it. */
public record NewIdentityVerification(
        @NotNull IdentityVerification.Method method,
        @NotNull IdentityVerification.Result result,
        @Length(max = 500) String note) {

    IdentityVerification by(String staffId, Instant at) {
        return new IdentityVerification(method, result, note, staffId, at);
    }
}
