package io.custos.identity.sso;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Changes to a provider; absent members stay. A new {@code clientSecret} replaces the sealed one. */
public record SsoProviderChange(
        @Length(min = 1, max = 500) String clientSecret,

        @Size(max = 20)
        List<
                        @NotNull
                        @Pattern(
                                regexp = "^[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,100}$",
                                message = "must be an OAuth scope token")
                        String>
                scopes,

        SsoProvider.MatchBy matchBy,
        Boolean createStaff,

        @Size(max = 20)
        List<@NotNull @Pattern(regexp = "^\\S{1,100}$", message = "must be one value without spaces") String>
                trustedAcr,

        @Size(max = 20)
        List<@NotNull @Pattern(regexp = "^\\S{1,50}$", message = "must be one value without spaces") String>
                trustedAmr) {}
