package io.custos.tenants.onboarding;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The onboarding request: the store chain and its first administrator. */
public record NewTenant(
        @NotNull @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$", message = "must match ^[a-z][a-z0-9-]{1,39}$")
        String slug,

        @Present @Length(max = 200) String name,

        @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as DE")
        String headquartersCountry,

        @NotNull @Valid Admin admin) {

    public record Admin(
            @NotNull @Pattern(regexp = "^[a-zA-Z0-9._@-]{3,100}$", message = "must be 3 to 100 of a-z A-Z 0-9 . _ @ -")
            String username,

            @NotNull @Email @Length(max = 254) String email,
            @NotNull String password) {}
}
