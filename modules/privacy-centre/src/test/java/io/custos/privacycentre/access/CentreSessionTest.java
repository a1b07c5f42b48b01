package io.custos.privacycentre.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CentreSessionTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    private static CentreSession session() {
        return new CentreSession("s", "hash", "c", "p", START);
    }

    @Test
    void aSessionLapsesAfterItsIdleTimeUnlessUsed() {
        CentreSession session = session();
        assertThat(session.activeAt(START.plus(CentreSession.IDLE).minusSeconds(1)))
                .isTrue();
        assertThat(session.activeAt(START.plus(CentreSession.IDLE))).isFalse();

        session.touch(START.plus(Duration.ofMinutes(10)));
        assertThat(session.activeAt(START.plus(CentreSession.IDLE).plus(Duration.ofMinutes(5))))
                .isTrue();
    }

    @Test
    void useNeverKeepsASessionPastItsEnd() {
        CentreSession session = session();
        Instant nearTheEnd = START.plus(CentreSession.LONGEST).minus(Duration.ofMinutes(1));
        session.touch(nearTheEnd);
        assertThat(session.activeAt(nearTheEnd.plusSeconds(30))).isTrue();
        assertThat(session.activeAt(START.plus(CentreSession.LONGEST))).isFalse();
    }

    @Test
    void anEndedSessionStaysEnded() {
        CentreSession session = session();
        session.end(START.plusSeconds(1));
        session.touch(START.plusSeconds(2));
        assertThat(session.activeAt(START.plusSeconds(3))).isFalse();
    }

    @Test
    void aCodeIsFoundHoweverItIsTypedBack() {
        assertThat(Passes.codeSha256("k7mq-4tz9 ")).isEqualTo(Passes.codeSha256("K7MQ4TZ9"));
        assertThat(Passes.codeSha256("K7MQ4TZ8")).isNotEqualTo(Passes.codeSha256("K7MQ4TZ9"));
    }
}
