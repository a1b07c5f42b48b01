package io.custos.requests.request;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;

/** Why a request needs the extension its pack allows (complexity, number of requests). */
public record Extension(@NotNull @Present @Length(max = 500) String reason) {}
