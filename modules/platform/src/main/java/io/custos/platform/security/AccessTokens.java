package io.custos.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.custos.platform.id.Ids;
import io.custos.platform.tenancy.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and verifies the RS256 access tokens. Claims follow MicroProfile JWT ({@code iss},
 * {@code sub}, {@code upn}, {@code iat}, {@code exp}, {@code jti}) plus {@code tid} (tenant) and
 * {@code amr}. Tokens carry no permissions: every request decides on the current grants.
 */
@ApplicationScoped
public class AccessTokens {

    public static final String ISSUER = "custos";
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "custos.jwt.ttl-seconds", defaultValue = "900")
    long ttlSeconds;

    private RSASSASigner signer;
    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void init() {
        signer = new RSASSASigner(keys.privateKey());
        processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        processor.setJWSKeySelector(new SingleKeyJWSKeySelector<>(JWSAlgorithm.RS256, keys.publicKey()));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(ISSUER).build(),
                new HashSet<>(List.of("sub", "tid", "amr", "iat", "exp", "jti")));
        claims.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    public IssuedToken issue(String staffId, String username, TenantId tenant, Set<String> amr) {
        Instant now = clock.instant();
        Instant expires = now.plusSeconds(ttlSeconds);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(staffId)
                .claim("upn", username)
                .claim("tid", tenant.value())
                .claim("amr", List.copyOf(amr))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(Ids.newId())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .keyID(keys.keyId())
                        .build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
        return new IssuedToken(jwt.serialize(), ttlSeconds);
    }

    /** The caller a token stands for, or empty when it is malformed, forged or expired. */
    public Optional<Caller> verify(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            List<String> amr = claims.getStringListClaim("amr");
            return Optional.of(Caller.staff(
                    claims.getSubject(),
                    new TenantId(claims.getStringClaim("tid")),
                    Set.copyOf(amr),
                    claims.getJWTID()));
        } catch (ParseException | com.nimbusds.jose.proc.BadJOSEException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public record IssuedToken(String accessToken, long expiresIn) {}
}
