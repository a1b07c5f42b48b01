package io.custos.requests.request;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A request a data subject made, as staff took it down. {@code receivedAt} is when it reached the
 * chain (a letter, an e-mail, a word at the till) where that was before it was logged here: the
 * legal clock runs from receipt, not from data entry. Absent: now.
 */
public record NewPrivacyRequest(
        @NotNull String customerId,
        @NotNull PrivacyRequest.Type type,
        @Length(max = 1000) String note,
        Instant receivedAt) {}
