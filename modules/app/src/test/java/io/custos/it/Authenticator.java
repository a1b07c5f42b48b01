package io.custos.it;

import static io.restassured.RestAssured.given;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** A staff member's authenticator app: enrols TOTP and answers the second login step. */
public final class Authenticator {

    private static final TimeBasedOneTimePasswordGenerator TOTP =
            new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6, "HmacSHA1");

    private final byte[] secret;
    private final List<String> recoveryCodes;

    private Authenticator(byte[] secret, List<String> recoveryCodes) {
        this.secret = secret;
        this.recoveryCodes = recoveryCodes;
    }

    /** Enrols with the code of the current step; the next login then uses the following step. */
    public static Authenticator enrol(String accessToken) {
        String base32 = given().auth()
                .oauth2(accessToken)
                .contentType(ContentType.JSON)
                .post("/api/v1/me/mfa/totp")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        byte[] secret = new Base32().decode(base32);
        List<String> codes = given().auth()
                .oauth2(accessToken)
                .contentType(ContentType.JSON)
                .body(Map.of("code", code(secret, Instant.now())))
                .post("/api/v1/me/mfa/totp/confirm")
                .then()
                .statusCode(200)
                .extract()
                .path("recoveryCodes");
        return new Authenticator(secret, codes);
    }

    /** A code for {@code stepsAhead} steps after now (one step either side is accepted). */
    public String code(int stepsAhead) {
        return code(secret, Instant.now().plusSeconds(30L * stepsAhead));
    }

    /** The code an authenticator app holding {@code base32Secret} shows {@code stepsAhead} steps from now. */
    public static String code(String base32Secret, int stepsAhead) {
        return code(new Base32().decode(base32Secret), Instant.now().plusSeconds(30L * stepsAhead));
    }

    /** The code an authenticator app holding {@code base32Secret} shows at {@code at} (a server on a moved clock). */
    public static String codeAt(String base32Secret, Instant at) {
        return code(new Base32().decode(base32Secret), at);
    }

    public List<String> recoveryCodes() {
        return recoveryCodes;
    }

    /** Password, then the next step's code: an access token whose amr holds otp. */
    public String login(String slug, String username, String password) {
        String mfaToken = given().contentType(ContentType.JSON)
                .body(Map.of("tenant", slug, "username", username, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("mfaToken");
        return given().contentType(ContentType.JSON)
                .body(Map.of("mfaToken", mfaToken, "code", code(1)))
                .post("/api/v1/auth/mfa")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    private static String code(byte[] secret, Instant at) {
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), at);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
