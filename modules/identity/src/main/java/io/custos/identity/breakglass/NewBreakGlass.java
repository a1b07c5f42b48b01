package io.custos.identity.breakglass;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A request for emergency access to one customer or one store, for some hours, with its reason. */
public record NewBreakGlass(
        String customerId,
        String storeId,
        @NotNull @Present @Length(max = 500) String reason,
        @NotNull @Min(1) Integer hours) {}
