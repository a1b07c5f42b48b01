package io.custos.identity.sso;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Whether staff must sign in through single sign-on; {@code emergencyAdmins} (staff ids) may still
 * use their password. Read and replaced whole.
 */
public record SsoPolicyView(
        @NotNull Boolean ssoOnly, @NotNull @Size(max = 20) List<@NotNull String> emergencyAdmins) {}
