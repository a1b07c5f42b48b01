package io.custos.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.platform.tenancy.TenantId;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final TenantId TENANT = new TenantId("t-1");

    private AccessTokens tokens;

    @BeforeEach
    void setUp() throws Exception {
        tokens = tokensAt(Clock.systemUTC(), newKey());
    }

    @Test
    void anIssuedTokenVerifiesAsItsStaffMember() {
        String token = tokens.issue("staff-1", "ana", TENANT, List.of("pwd")).accessToken();

        Caller caller = tokens.verify(token).orElseThrow();

        assertThat(caller.staffId()).isEqualTo("staff-1");
        assertThat(caller.tenantId()).isEqualTo(TENANT);
        assertThat(caller.authenticationMethods()).containsExactly("pwd");
        assertThat(caller.hasSecondFactor()).isFalse();
        assertThat(caller.tokenId()).isNotBlank();
    }

    @Test
    void aSessionTokenCarriesItsSessionAndWhenItsAuthenticationHappened() {
        Instant signedIn = Instant.parse("2026-11-30T08:00:00Z");
        String token = tokens.issue("staff-1", "ana", TENANT, List.of("pwd", "otp"), "session-1", signedIn)
                .accessToken();

        Caller caller = tokens.verify(token).orElseThrow();

        assertThat(caller.session()).contains("session-1");
        assertThat(caller.hasSecondFactor()).isTrue();
        assertThat(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1])))
                .contains("\"sid\":\"session-1\"")
                .contains("\"auth_time\":" + signedIn.getEpochSecond());
    }

    @Test
    void aTokenWithoutASessionNamesNone() {
        String token = tokens.issue("staff-1", "ana", TENANT, List.of("pwd")).accessToken();

        assertThat(tokens.verify(token).orElseThrow().session()).isEmpty();
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = tokens.issue("staff-1", "ana", TENANT, List.of("pwd")).accessToken();
        String[] parts = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]))
                        .replace("staff-1", "staff-2")
                        .getBytes());

        assertThat(tokens.verify(parts[0] + "." + otherPayload + "." + parts[2]))
                .isEmpty();
        assertThat(tokens.verify("not-a-jwt")).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String foreign = tokensAt(Clock.systemUTC(), newKey())
                .issue("staff-1", "ana", TENANT, List.of("pwd"))
                .accessToken();

        assertThat(tokens.verify(foreign)).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String key = newKey();
        Clock anHourAgo = Clock.fixed(Instant.now().minusSeconds(3600), ZoneOffset.UTC);
        String old = tokensAt(anHourAgo, key)
                .issue("staff-1", "ana", TENANT, List.of("pwd"))
                .accessToken();

        assertThat(tokensAt(Clock.systemUTC(), key).verify(old)).isEmpty();
    }

    @Test
    void expiryIsJudgedByTheInjectedClockNotTheSystems() throws Exception {
        String key = newKey();
        Instant issued = Instant.parse("2030-01-01T00:00:00Z"); // years from the system's time
        String token = tokensAt(Clock.fixed(issued, ZoneOffset.UTC), key)
                .issue("staff-1", "ana", TENANT, List.of("pwd"))
                .accessToken();

        assertThat(tokensAt(Clock.fixed(issued.plusSeconds(60), ZoneOffset.UTC), key)
                        .verify(token))
                .isPresent();
        assertThat(tokensAt(Clock.fixed(issued.plusSeconds(16 * 60), ZoneOffset.UTC), key)
                        .verify(token))
                .isEmpty();
    }

    @Test
    void aTokenVerifiedBeforeIsStillRefusedOnceItExpires() throws Exception {
        String key = newKey();
        Instant issued = Instant.parse("2030-01-01T00:00:00Z");
        MutableClock clock = new MutableClock(issued);
        AccessTokens verifier = tokensAt(clock, key);
        String token = verifier.issue("staff-1", "ana", TENANT, List.of("pwd")).accessToken();

        assertThat(verifier.verify(token)).isPresent();
        clock.now = issued.plusSeconds(16 * 60);

        assertThat(verifier.verify(token)).isEmpty();
    }

    @Test
    void aTokenVerifiedBeforeVouchesForNoOtherText() {
        String token = tokens.issue("staff-1", "ana", TENANT, List.of("pwd")).accessToken();
        assertThat(tokens.verify(token)).isPresent();

        String[] parts = token.split("\\.");
        assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + parts[2].substring(1)))
                .isEmpty();
    }

    /** A clock a test moves on, as the server's test clock does. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static AccessTokens tokensAt(Clock clock, String pem) {
        AccessTokens tokens = new AccessTokens();
        tokens.keys = new SigningKeys(pem);
        tokens.clock = clock;
        tokens.ttlSeconds = 900;
        tokens.init();
        return tokens;
    }

    private static String newKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----";
    }
}
