package io.custos.identity.sso;

import java.time.Instant;
import java.util.List;

/** A provider as its admins see it: everything but the client secret. */
public record SsoProviderView(
        String id,
        String name,
        String issuer,
        String clientId,
        List<String> scopes,
        SsoProvider.MatchBy matchBy,
        boolean createStaff,
        List<String> trustedAcr,
        List<String> trustedAmr,
        String redirectUri,
        Instant createdAt) {

    static SsoProviderView of(SsoProvider provider, String redirectUri) {
        return new SsoProviderView(
                provider.id(),
                provider.name(),
                provider.issuer(),
                provider.clientId(),
                provider.scopes(),
                provider.matchBy(),
                provider.createStaff(),
                provider.trustedAcr(),
                provider.trustedAmr(),
                redirectUri,
                provider.createdAt());
    }
}
