package io.custos.identity.sso;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What Custos knows of OpenID Providers, through the Nimbus SDK: their discovery documents (kept an
 * hour), the code-for-tokens exchange with PKCE, and ID token validation against each provider's
 * published keys. The key set is fetched again whenever a token names a key it does not hold, so a
 * provider's key rotation needs nothing from us.
 */
@ApplicationScoped
public class OpenIdProviders {

    static final Duration DISCOVERY_KEPT = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(OpenIdProviders.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;

    /** Algorithms a provider may sign ID tokens with: its public keys only, never a shared secret or none. */
    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.copyOf(JWSAlgorithm.Family.SIGNATURE);

    @Inject
    Clock clock;

    private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

    /** The provider's discovery document, fetched at most once an hour per issuer. */
    public OIDCProviderMetadata metadata(String issuer) {
        Instant now = clock.instant();
        Discovered known = discovered.get(issuer);
        if (known != null && known.fetchedAt().plus(DISCOVERY_KEPT).isAfter(now)) {
            return known.metadata();
        }
        try {
            OIDCProviderMetadata metadata =
                    OIDCProviderMetadata.resolve(new Issuer(issuer), CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(
                            metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS))
                    // each fetch for an unknown key needs a fresh, single-use state: that bounds them
                    .rateLimited(false)
                    .build();
            discovered.put(issuer, new Discovered(metadata, keys, now));
            return metadata;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "OpenID discovery failed for " + issuer, e);
            throw new ProviderUnavailable("the discovery document of " + issuer + " could not be read");
        }
    }

    /**
     * Exchanges an authorization code (with its PKCE verifier) for the provider's ID token and
     * validates it: signature by a published key, issuer, audience, expiry and {@code nonce}.
     */
    IDTokenClaimsSet signIn(
            SsoProvider provider,
            String clientSecret,
            String code,
            String codeVerifier,
            URI redirectUri,
            String nonce) {
        OIDCProviderMetadata metadata = metadata(provider.issuer());
        JWT idToken = exchange(metadata, provider.clientId(), clientSecret, code, codeVerifier, redirectUri);
        IDTokenValidator validator = validator(
                metadata,
                new ClientID(provider.clientId()),
                discovered.get(provider.issuer()).keys());
        return validate(validator, idToken, nonce, clock.instant());
    }

    private static JWT exchange(
            OIDCProviderMetadata metadata,
            String clientId,
            String clientSecret,
            String code,
            String codeVerifier,
            URI redirectUri) {
        ClientAuthentication client = clientAuthentication(metadata, new ClientID(clientId), new Secret(clientSecret));
        TokenRequest request = new TokenRequest(
                metadata.getTokenEndpointURI(),
                client,
                new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri, new CodeVerifier(codeVerifier)));
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(CONNECT_TIMEOUT_MS);
            http.setReadTimeout(READ_TIMEOUT_MS);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "OpenID token request failed at " + metadata.getIssuer(), e);
            throw new ProviderUnavailable("the token endpoint of " + metadata.getIssuer() + " did not answer");
        }
        if (!response.indicatesSuccess()) {
            TokenErrorResponse error = response.toErrorResponse();
            throw new SignInRefused(
                    "provider-refused",
                    "the provider refused the code: "
                            + (error.getErrorObject() == null
                                    ? "?"
                                    : error.getErrorObject().getCode()));
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse())
                .getOIDCTokens()
                .getIDToken();
        if (idToken == null) {
            throw new SignInRefused("token-invalid", "the provider sent no ID token");
        }
        return idToken;
    }

    /** Client authentication the provider supports: {@code client_secret_basic} by default, else {@code _post}. */
    private static ClientAuthentication clientAuthentication(
            OIDCProviderMetadata metadata, ClientID clientId, Secret secret) {
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        if (methods != null
                && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
            return new ClientSecretPost(clientId, secret);
        }
        return new ClientSecretBasic(clientId, secret);
    }

    /** An ID token validator for a client at the provider, trusting the algorithms it advertises that use public keys. */
    static IDTokenValidator validator(
            OIDCProviderMetadata metadata, ClientID clientId, JWKSource<SecurityContext> keys) {
        Set<JWSAlgorithm> advertised = metadata.getIDTokenJWSAlgs() == null
                ? Set.of(JWSAlgorithm.RS256)
                : metadata.getIDTokenJWSAlgs().stream()
                        .filter(ASYMMETRIC::contains)
                        .collect(Collectors.toSet());
        return new IDTokenValidator(
                metadata.getIssuer(), clientId, new JWSVerificationKeySelector<>(advertised, keys), null);
    }

    /**
     * The token's claims, or {@link SignInRefused} for any token that is forged, expired, for someone
     * else or replayed. The library holds expiry to the system's time; it is held to the server's
     * clock ({@code now}) as well, which a test clock may have moved.
     */
    static IDTokenClaimsSet validate(IDTokenValidator validator, JWT idToken, String nonce, Instant now) {
        IDTokenClaimsSet claims;
        try {
            claims = validator.validate(idToken, new Nonce(nonce));
        } catch (Exception e) {
            throw new SignInRefused("token-invalid", "the ID token is not valid: " + e.getMessage());
        }
        Instant expiry = claims.getExpirationTime().toInstant().plusSeconds(validator.getMaxClockSkew());
        if (!now.isBefore(expiry)) {
            throw new SignInRefused(
                    "token-invalid",
                    "the ID token is not valid: it expired at "
                            + claims.getExpirationTime().toInstant());
        }
        return claims;
    }

    private record Discovered(OIDCProviderMetadata metadata, JWKSource<SecurityContext> keys, Instant fetchedAt) {}
}
