package io.custos.identity.sso;

import java.util.List;

/**
 * What the sign-in screen offers for a tenant: its providers by name, and whether the password form
 * is for everyone ({@code false} when the tenant is SSO-only: only its emergency admins use it).
 */
public record OfferedProviders(List<Offered> providers, boolean passwordLogin) {

    public record Offered(String id, String name) {}
}
