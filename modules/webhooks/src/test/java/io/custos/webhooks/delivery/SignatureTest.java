package io.custos.webhooks.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureTest {

    /** The example of the Standard Webhooks specification and its reference libraries. */
    private static final byte[] SPEC_KEY = Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";

    @Test
    void signsTheSpecificationsExampleAsItsReferenceLibrariesDo() {
        assertThat(Signature.header(List.of(SPEC_KEY), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void duringARotationEachSecretSignsAndTheCurrentOneComesFirst() {
        byte[] previous = "an older secret of 32 bytes!!!!!".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String header = Signature.header(List.of(SPEC_KEY, previous), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);

        assertThat(header.split(" "))
                .containsExactly(
                        "v1," + Signature.sign(SPEC_KEY, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY),
                        "v1," + Signature.sign(previous, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY));
        assertThat(header.split(" ")[0]).isNotEqualTo(header.split(" ")[1]);
    }

    @Test
    void aChangedBodyIdOrTimestampChangesTheSignature() {
        String original = Signature.sign(SPEC_KEY, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
        assertThat(Signature.sign(SPEC_KEY, SPEC_ID, SPEC_TIMESTAMP, "{\"test\": 2432232315}"))
                .isNotEqualTo(original);
        assertThat(Signature.sign(SPEC_KEY, SPEC_ID + "x", SPEC_TIMESTAMP, SPEC_BODY))
                .isNotEqualTo(original);
        assertThat(Signature.sign(SPEC_KEY, SPEC_ID, SPEC_TIMESTAMP + 1, SPEC_BODY))
                .isNotEqualTo(original);
    }
}
