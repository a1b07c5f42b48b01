package io.custos.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * {@code sub}, {@code upn}, {@code iat}, {@code exp}, {@code jti}) plus {@code tid} (tenant),
 * {@code amr}, and for tokens of a session {@code sid} and {@code auth_time} (when the session's
 * authentication happened). Tokens carry no permissions: every request decides on the current
 * grants, and a token of an ended session is refused ({@link ActiveSessions}).
 */
@ApplicationScoped
public class AccessTokens {

    public static final String ISSUER = "custos";
    /** The JOSE type of the short-lived token between password and second factor. */
    static final JOSEObjectType MFA_CHALLENGE = new JOSEObjectType("custos-mfa+jwt");

    static final long MFA_CHALLENGE_SECONDS = 300;
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final long VERIFIED_TOKENS_KEPT = 20_000;

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "custos.jwt.ttl-seconds", defaultValue = "900")
    long ttlSeconds;

    private RSASSASigner signer;
    private DefaultJWTProcessor<SecurityContext> processor;
    private DefaultJWTProcessor<SecurityContext> challengeProcessor;

    /**
     * Tokens whose signature and claims were verified already, by their exact text: a staff member
     * sends the same token for up to {@link #ttlSeconds}, and checking its RS256 signature again
     * was a tenth of a request's CPU (#18). A hit is judged again against its expiry by the server's
     * clock; the session behind it is still checked on every request ({@link ActiveSessions}).
     */
    private Cache<String, Verified> verified;

    private record Verified(Caller caller, Instant expiresAt) {}

    @PostConstruct
    void init() {
        verified = Caffeine.newBuilder()
                .maximumSize(VERIFIED_TOKENS_KEPT)
                .expireAfterWrite(Duration.ofMinutes(5))
                .build();
        signer = new RSASSASigner(keys.privateKey());
        processor = processorFor(JOSEObjectType.JWT, "amr");
        challengeProcessor = processorFor(MFA_CHALLENGE, "upn");
    }

    /** Access tokens and MFA challenges differ in their JOSE type, so neither passes as the other. */
    private DefaultJWTProcessor<SecurityContext> processorFor(JOSEObjectType type, String extraClaim) {
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(type));
        jwt.setJWSKeySelector(new SingleKeyJWSKeySelector<>(JWSAlgorithm.RS256, keys.publicKey()));
        DefaultJWTClaimsVerifier<SecurityContext> claims =
                new DefaultJWTClaimsVerifier<>(
                        new JWTClaimsSet.Builder().issuer(ISSUER).build(),
                        new HashSet<>(List.of("sub", "tid", extraClaim, "iat", "exp", "jti"))) {
                    @Override
                    protected Date currentTime() {
                        return Date.from(clock.instant()); // expiry by the server's clock, as issued
                    }
                };
        claims.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
        jwt.setJWTClaimsSetVerifier(claims);
        return jwt;
    }

    public IssuedToken issue(String staffId, String username, TenantId tenant, List<String> amr) {
        return new IssuedToken(
                sign(JOSEObjectType.JWT, staffId, username, tenant, ttlSeconds, List.copyOf(amr), null, null),
                ttlSeconds);
    }

    /** An access token of session {@code sessionId}, whose authentication happened at {@code authTime}. */
    public IssuedToken issue(
            String staffId, String username, TenantId tenant, List<String> amr, String sessionId, Instant authTime) {
        return new IssuedToken(
                sign(JOSEObjectType.JWT, staffId, username, tenant, ttlSeconds, List.copyOf(amr), sessionId, authTime),
                ttlSeconds);
    }

    /** The token that carries a password-verified login to its second factor, for five minutes. */
    public String issueMfaChallenge(String staffId, String username, TenantId tenant) {
        return issueMfaChallenge(staffId, username, tenant, "pwd");
    }

    /** The token that carries a login whose first factor was {@code firstMethod} to its second factor. */
    public String issueMfaChallenge(String staffId, String username, TenantId tenant, String firstMethod) {
        return sign(MFA_CHALLENGE, staffId, username, tenant, MFA_CHALLENGE_SECONDS, List.of(firstMethod), null, null);
    }

    /** The staff member a challenge stands for, or empty when it is forged or expired. */
    public Optional<Challenge> verifyMfaChallenge(String token) {
        try {
            JWTClaimsSet claims = challengeProcessor.process(token, null);
            List<String> amr = claims.getStringListClaim("amr");
            return Optional.of(new Challenge(
                    claims.getSubject(),
                    claims.getStringClaim("upn"),
                    new TenantId(claims.getStringClaim("tid")),
                    amr == null || amr.isEmpty() ? "pwd" : amr.get(0)));
        } catch (ParseException | com.nimbusds.jose.proc.BadJOSEException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String sign(
            JOSEObjectType type,
            String staffId,
            String username,
            TenantId tenant,
            long seconds,
            List<String> amr,
            String sessionId,
            Instant authTime) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(staffId)
                .claim("upn", username)
                .claim("tid", tenant.value())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(seconds)))
                .jwtID(Ids.newId());
        if (amr != null) {
            claims.claim("amr", amr);
        }
        if (sessionId != null) {
            claims.claim("sid", sessionId);
            claims.claim("auth_time", authTime.getEpochSecond());
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(type)
                        .keyID(keys.keyId())
                        .build(),
                claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
        return jwt.serialize();
    }

    /** The caller a token stands for, or empty when it is malformed, forged or expired. */
    public Optional<Caller> verify(String token) {
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            return clock.instant().isBefore(known.expiresAt().plus(CLOCK_SKEW))
                    ? Optional.of(known.caller())
                    : Optional.empty();
        }
        try {
            JWTClaimsSet claims = processor.process(token, null);
            List<String> amr = claims.getStringListClaim("amr");
            Caller caller = Caller.staffInSession(
                    claims.getSubject(),
                    new TenantId(claims.getStringClaim("tid")),
                    Set.copyOf(amr),
                    claims.getJWTID(),
                    claims.getStringClaim("sid"),
                    claims.getLongClaim("auth_time") == null
                            ? null
                            : Instant.ofEpochSecond(claims.getLongClaim("auth_time")));
            verified.put(token, new Verified(caller, claims.getExpirationTime().toInstant()));
            return Optional.of(caller);
        } catch (ParseException | com.nimbusds.jose.proc.BadJOSEException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public record IssuedToken(String accessToken, long expiresIn) {}

    /** A password-verified login waiting for its second factor. */
    public record Challenge(String staffId, String username, TenantId tenantId, String firstMethod) {}
}
