package io.custos.privacycentre.customer;

import jakarta.validation.constraints.NotNull;

/** A customer's choice for one purpose; {@code noticeId} names the notice they were shown. */
public record ChoiceChange(@NotNull Boolean granted, String noticeId) {}
