package io.custos.privacycentre.customer;

import io.custos.platform.validation.Length;
import io.custos.requests.api.CustomerRequests;
import jakarta.validation.constraints.NotNull;

/** What a customer asks for, and in their own words why or what (optional). */
public record NewRequest(
        @NotNull CustomerRequests.Kind type,
        @Length(max = 1000) String note) {}
