package io.custos.identity.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.platform.id.Ids;
import org.junit.jupiter.api.Test;

class RefreshCookieTest {

    @Test
    void aCookieThisServerGaveOutReadsBackIntoItsParts() {
        RefreshCookie cookie = new RefreshCookie(Ids.newId(), Ids.newId(), Ids.newSecret());

        assertThat(RefreshCookie.parse(cookie.value())).contains(cookie);
    }

    @Test
    void theHeaderKeepsTheTokenFromScriptsOtherSitesAndOtherPaths() {
        RefreshCookie cookie = new RefreshCookie(Ids.newId(), Ids.newId(), Ids.newSecret());

        assertThat(cookie.header(3600))
                .isEqualTo("custos_refresh=" + cookie.value()
                        + "; Max-Age=3600; Path=/api/v1/auth; Secure; HttpOnly; SameSite=Strict");
        assertThat(RefreshCookie.cleared())
                .isEqualTo("custos_refresh=; Max-Age=0; Path=/api/v1/auth; Secure; HttpOnly; SameSite=Strict");
    }

    @Test
    void anythingElseIsNoCookie() {
        String tenant = Ids.newId();
        String session = Ids.newId();
        assertThat(RefreshCookie.parse(null)).isEmpty();
        assertThat(RefreshCookie.parse("")).isEmpty();
        assertThat(RefreshCookie.parse("garbage")).isEmpty();
        assertThat(RefreshCookie.parse(tenant + "." + session + ".short")).isEmpty();
        assertThat(RefreshCookie.parse(tenant + "." + session + "." + Ids.newSecret() + ".x"))
                .isEmpty();
        assertThat(RefreshCookie.parse("x".repeat(10_000))).isEmpty();
    }

    @Test
    void onlyTheHashOfASecretIsKeptAndItDiffersPerSecret() {
        String secret = Ids.newSecret();

        assertThat(Sessions.hash(secret))
                .hasSize(64)
                .isEqualTo(Sessions.hash(secret))
                .doesNotContain(secret);
        assertThat(Sessions.hash(Ids.newSecret())).isNotEqualTo(Sessions.hash(secret));
    }
}
