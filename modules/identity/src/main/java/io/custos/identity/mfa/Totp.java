package io.custos.identity.mfa;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 with SHA-1, 30-second steps: a code is accepted for the current step and one step on
 * either side, and only for a step later than the last one used (no replay).
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    static final int WINDOW = 1;

    private final TimeBasedOneTimePasswordGenerator generator;

    public Totp(int digits) {
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, "HmacSHA1");
    }

    public static Totp sixDigits() {
        return new Totp(6);
    }

    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP.getSeconds());
    }

    public String code(byte[] secret, Instant time) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), time);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a TOTP secret must be usable as an HMAC-SHA1 key", e);
        }
    }

    /** The step {@code code} belongs to, if it is valid now and newer than {@code lastUsedStep}. */
    public OptionalLong match(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + generator.getPasswordLength() + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (step > lastUsedStep
                    && java.security.MessageDigest.isEqual(
                            code(secret, Instant.ofEpochSecond(step * STEP.getSeconds()))
                                    .getBytes(),
                            code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
