package io.custos.identity.role;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** A tenant-defined permission set. */
public record NewRole(
        @NotNull @Present @Length(max = 100) String name,
        @NotNull Set<@NotNull String> permissions) {}
