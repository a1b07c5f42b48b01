package io.custos.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ID token checks the callback relies on, with tokens signed here against a provider's
 * metadata and published key set: only a token signed by a published key, from the issuer, for
 * this client, unexpired and with the sign-in's nonce is accepted.
 */
class OpenIdProvidersTest {

    private static final String ISSUER = "https://idp.example.com/realms/chain";
    private static final String CLIENT = "custos";
    private static final String NONCE = "n-0S6_WzA2Mj";

    private RSAKey published;
    private IDTokenValidator validator;

    @BeforeEach
    void provider() throws JOSEException {
        published = new RSAKeyGenerator(2048).keyID("k1").generate();
        OIDCProviderMetadata metadata = new OIDCProviderMetadata(
                new Issuer(ISSUER), List.of(SubjectType.PUBLIC), URI.create(ISSUER + "/certs"));
        metadata.setIDTokenJWSAlgs(List.of(JWSAlgorithm.RS256, JWSAlgorithm.HS256));
        validator = OpenIdProviders.validator(
                metadata,
                new ClientID(CLIENT),
                new ImmutableJWKSet<SecurityContext>(new JWKSet(published.toPublicJWK())));
    }

    @Test
    void aTokenSignedByAPublishedKeyForThisClientIsAccepted() throws JOSEException {
        var claims = OpenIdProviders.validate(validator, signed(published, claims().build()), NONCE, Instant.now());
        assertThat(claims.getSubject().getValue()).isEqualTo("person-1");
    }

    @Test
    void aTokenSignedByAnotherKeyUnderAPublishedKeyIdIsRefused() throws JOSEException {
        RSAKey forger = new RSAKeyGenerator(2048).keyID("k1").generate();
        assertRefused(signed(forger, claims().build()), NONCE);
    }

    @Test
    void anExpiredTokenIsRefused() throws JOSEException {
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        assertRefused(
                signed(
                        published,
                        claims().issueTime(Date.from(hourAgo))
                                .expirationTime(Date.from(hourAgo.plusSeconds(300)))
                                .build()),
                NONCE);
    }

    @Test
    void aTokenExpiredByTheServersClockIsRefusedThoughTheSystemTimeStillAcceptsIt() throws JOSEException {
        SignedJWT token = signed(published, claims().build()); // five minutes to go by the system's time
        assertThatThrownBy(() -> OpenIdProviders.validate(
                        validator, token, NONCE, Instant.now().plus(Duration.ofHours(1))))
                .isInstanceOf(SignInRefused.class)
                .hasMessageContaining("expired at");
    }

    @Test
    void aTokenForAnotherClientIsRefused() throws JOSEException {
        assertRefused(signed(published, claims().audience("another-app").build()), NONCE);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws JOSEException {
        assertRefused(
                signed(published, claims().issuer("https://evil.example.com").build()), NONCE);
    }

    @Test
    void aTokenOfAnotherSignInIsRefused() throws JOSEException {
        assertRefused(signed(published, claims().build()), "another-nonce");
    }

    @Test
    void aTokenSignedWithASharedSecretIsRefusedThoughTheProviderAdvertisesHs256() throws JOSEException {
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner("a-secret-anyone-could-know-of-32-bytes-or-more".getBytes()));
        assertRefused(hmac, NONCE);
    }

    private void assertRefused(SignedJWT token, String nonce) {
        assertThatThrownBy(() -> OpenIdProviders.validate(validator, token, nonce, Instant.now()))
                .isInstanceOf(SignInRefused.class)
                .extracting(e -> ((SignInRefused) e).code())
                .isEqualTo("token-invalid");
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("person-1")
                .audience(CLIENT)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", NONCE);
    }

    private static SignedJWT signed(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }
}
