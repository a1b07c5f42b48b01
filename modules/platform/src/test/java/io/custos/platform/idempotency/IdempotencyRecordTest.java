package io.custos.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final IdempotencyRecord.Key KEY = new IdempotencyRecord.Key("operator", "key-1");

    @Test
    void aClaimIsInFlightForItsRequestAloneUntilItIsAbandoned() {
        var record = new IdempotencyRecord(KEY, "fingerprint", "claim-1", NOW);

        assertThat(record.isInFlight()).isTrue();
        assertThat(record.isClaimedBy("claim-1")).isTrue();
        assertThat(record.isClaimedBy("claim-2")).isFalse();
        assertThat(record.isFreeAt(NOW.plus(Duration.ofMinutes(4)))).isFalse();
        assertThat(record.isFreeAt(NOW.plus(IdempotencyRecord.ABANDONED_AFTER).plusSeconds(1)))
                .isTrue();
    }

    @Test
    void theAnswerReplacesTheClaimAndIsKeptADay() {
        var record = new IdempotencyRecord(KEY, "fingerprint", "claim-1", NOW);
        Instant answered = NOW.plusSeconds(1);

        record.answer(StoredAnswer.created(java.net.URI.create("/api/v1/x/1"), "{\"id\":\"1\"}"), answered);

        assertThat(record.isInFlight()).isFalse();
        assertThat(record.isClaimedBy("claim-1")).isFalse();
        assertThat(record.answer()).isEqualTo(new StoredAnswer(201, "/api/v1/x/1", "{\"id\":\"1\"}"));
        assertThat(record.isFreeAt(answered.plus(Duration.ofHours(23)))).isFalse();
        assertThat(record.isFreeAt(answered.plus(Idempotency.RETENTION).plusSeconds(1)))
                .isTrue();
    }

    @Test
    void aFreedKeyIsClaimedAgainForTheNewRequest() {
        var record = new IdempotencyRecord(KEY, "first", "claim-1", NOW);
        Instant later = NOW.plus(IdempotencyRecord.ABANDONED_AFTER).plusSeconds(1);

        record.claimAgain("second", "claim-2", later);

        assertThat(record.isFor("second")).isTrue();
        assertThat(record.isClaimedBy("claim-2")).isTrue();
        assertThat(record.isFreeAt(later.plusSeconds(1))).isFalse();
    }
}
