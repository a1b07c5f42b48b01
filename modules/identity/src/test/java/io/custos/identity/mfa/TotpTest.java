package io.custos.identity.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 Appendix B, SHA-1 column: the seed "12345678901234567890" with 8 digits. */
class TotpTest {

    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final Totp EIGHT_DIGITS = new Totp(8);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesTheRfcTestVectors(long unixSeconds, String expected) {
        Instant time = Instant.ofEpochSecond(unixSeconds);

        assertThat(EIGHT_DIGITS.code(SEED, time)).isEqualTo(expected);
        assertThat(EIGHT_DIGITS.match(SEED, expected, time, 0)).hasValue(Totp.stepAt(time));
    }

    @ParameterizedTest
    @CsvSource({"-30, true", "30, true", "-60, false", "60, false"})
    void acceptsOneStepEitherSide(long offsetSeconds, boolean accepted) {
        Instant now = Instant.ofEpochSecond(1234567890);
        String code = EIGHT_DIGITS.code(SEED, now.plusSeconds(offsetSeconds));

        assertThat(EIGHT_DIGITS.match(SEED, code, now, 0).isPresent()).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"-1, true", "0, false", "1, false"})
    void refusesAStepThatWasUsedAlready(long lastUsedStepOffset, boolean accepted) {
        Instant now = Instant.ofEpochSecond(1234567890);
        String code = EIGHT_DIGITS.code(SEED, now);
        long lastUsedStep = Totp.stepAt(now) + lastUsedStepOffset;

        assertThat(EIGHT_DIGITS.match(SEED, code, now, lastUsedStep).isPresent())
                .isEqualTo(accepted);
    }
}
