package io.custos.requests.request;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;

/** A request a data subject made, as staff took it down. */
public record NewPrivacyRequest(
        @NotNull String customerId,
        @NotNull PrivacyRequest.Type type,
        @Length(max = 1000) String note) {}
