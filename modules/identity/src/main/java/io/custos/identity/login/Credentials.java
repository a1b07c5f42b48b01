package io.custos.identity.login;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;

/** A login request: the store chain's slug, the username and the password. */
public record Credentials(
        @NotNull @Length(max = 40) String tenant,
        @NotNull @Length(max = 100) String username,
        @NotNull @Length(max = 128) String password) {}
