package io.custos.consent.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EvidenceHashTest {

    @Test
    void textMovedBetweenPartsOrAMissingPartHashesOtherwise() {
        String hash = EvidenceHash.of("notice-1", "signed at the till", "Maria Doe");
        assertThat(EvidenceHash.of("notice-1", "signed at the till", "Maria Doe"))
                .isEqualTo(hash);
        assertThat(EvidenceHash.of("notice-1", "signed at the till Maria", " Doe"))
                .isNotEqualTo(hash);
        assertThat(EvidenceHash.of(null, "x", null)).isNotEqualTo(EvidenceHash.of("", "x", ""));
        assertThat(hash).matches("[0-9a-f]{64}");
    }

    @Test
    void anErasedEventHoldsOnlyToTheHashItKept() {
        ConsentEvent event = new ConsentEvent(
                "e1",
                "c1",
                new NewConsent("MARKETING", ConsentState.GRANTED, ConsentSource.POS, null, "signed", null, "n1"),
                "s1",
                Instant.EPOCH);
        String onTrail = EvidenceHash.of("n1", "signed", null);
        assertThat(event.hashesTo(onTrail)).isTrue();
        assertThat(event.hashesTo(EvidenceHash.of("n1", "forged", null))).isFalse();

        event.blankPersonalData(Instant.EPOCH);
        assertThat(event.erased()).isTrue();
        assertThat(event.hashesTo(onTrail)).isTrue();
        assertThat(event.hashesTo(EvidenceHash.of("n1", null, null))).isFalse();
    }
}
