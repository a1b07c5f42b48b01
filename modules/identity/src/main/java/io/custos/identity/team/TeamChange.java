package io.custos.identity.team;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;

/** A team's new name. */
public record TeamChange(
        @NotNull @Present @Length(max = 100) String name) {}
