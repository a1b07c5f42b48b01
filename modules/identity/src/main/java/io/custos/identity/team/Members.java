package io.custos.identity.team;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The complete member list of a team. */
public record Members(@NotNull List<@NotNull String> staffIds) {}
