package io.custos.identity.sso;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An OpenID Provider to add. {@code scopes} default to {@code openid email profile} ({@code openid}
 * is added when missing); {@code createStaff} creates a role-free account for a person the
 * provider vouches for and no staff member matches.
 */
public record NewSsoProvider(
        @NotNull @Length(min = 1, max = 100) String name,

        @NotNull @Length(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        String issuer,

        @NotNull @Length(min = 1, max = 255) String clientId,
        @NotNull @Length(min = 1, max = 500) String clientSecret,

        @Size(max = 20)
        List<
                        @NotNull
                        @Pattern(
                                regexp = "^[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,100}$",
                                message = "must be an OAuth scope token")
                        String>
                scopes,

        @NotNull SsoProvider.MatchBy matchBy,
        Boolean createStaff,

        @Size(max = 20)
        List<@NotNull @Pattern(regexp = "^\\S{1,100}$", message = "must be one value without spaces") String>
                trustedAcr,

        @Size(max = 20)
        List<@NotNull @Pattern(regexp = "^\\S{1,50}$", message = "must be one value without spaces") String>
                trustedAmr) {

    static final List<String> DEFAULT_SCOPES = List.of("openid", "email", "profile");
}
