package io.custos.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void eachFailureDoublesTheWaitUpToTheLongest() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5), 10);
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.delayAfter(1000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void itGivesUpAfterItsAttempts() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5), 3);
        assertThat(backoff.givesUpAfter(2)).isFalse();
        assertThat(backoff.givesUpAfter(3)).isTrue();
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStandardBackOffSpansAboutADay() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < Backoff.STANDARD.attempts(); attempt++) {
            total = total.plus(Backoff.STANDARD.delayAfter(attempt));
        }
        assertThat(total).isBetween(Duration.ofHours(12), Duration.ofHours(48));
    }
}
