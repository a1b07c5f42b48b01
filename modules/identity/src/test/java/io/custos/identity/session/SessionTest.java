package io.custos.identity.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-30T08:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(480);
    private static final Duration MAX = Duration.ofHours(24);

    private static Session aSession() {
        return new Session("staff-1", List.of("pwd", "otp"), "hash-1", SIGNED_IN, MAX);
    }

    @Test
    void aFreshSessionKeepsItsMethodsAndCanBeRefreshed() {
        Session session = aSession();

        assertThat(session.methods()).containsExactly("pwd", "otp");
        assertThat(session.authTime()).isEqualTo(SIGNED_IN);
        assertThat(session.lapse(SIGNED_IN.plusSeconds(60), IDLE)).isEmpty();
        assertThat(session.isActiveAt(SIGNED_IN.plusSeconds(60))).isTrue();
        assertThat(session.secondsLeft(SIGNED_IN)).isEqualTo(MAX.toSeconds());
    }

    @Test
    void aSessionLeftIdleLongerThanTheIdleTimeoutLapses() {
        Session session = aSession();

        assertThat(session.lapse(SIGNED_IN.plus(IDLE).minusSeconds(1), IDLE)).isEmpty();
        assertThat(session.lapse(SIGNED_IN.plus(IDLE), IDLE)).contains(Session.EndReason.IDLE);
    }

    @Test
    void aRefreshPostponesTheIdleTimeoutButNotTheAbsoluteEnd() {
        Session session = aSession();
        Instant refreshed = SIGNED_IN.plus(IDLE).minusSeconds(60);
        session.rotate("hash-2", refreshed);

        assertThat(session.lapse(SIGNED_IN.plus(IDLE).plusSeconds(60), IDLE)).isEmpty();
        assertThat(session.lastUsedAt()).isEqualTo(refreshed);
        assertThat(session.authTime()).as("a refresh is no new authentication").isEqualTo(SIGNED_IN);

        Instant late = SIGNED_IN.plus(MAX);
        session.rotate("hash-3", late.minus(IDLE).plusSeconds(60));
        assertThat(session.lapse(late, IDLE)).contains(Session.EndReason.EXPIRED);
        assertThat(session.isActiveAt(late)).isFalse();
        assertThat(session.secondsLeft(late.plusSeconds(10))).isZero();
    }

    @Test
    void rotationReplacesTheCurrentToken() {
        Session session = aSession();
        session.rotate("hash-2", SIGNED_IN.plusSeconds(900));

        assertThat(session.isCurrentToken("hash-2")).isTrue();
        assertThat(session.isCurrentToken("hash-1")).isFalse();
    }

    @Test
    void anEndedSessionStaysEndedWithItsFirstReason() {
        Session session = aSession();

        assertThat(session.end(Session.EndReason.LOGOUT, SIGNED_IN.plusSeconds(5)))
                .isTrue();
        assertThat(session.end(Session.EndReason.ENDED_BY_ADMIN, SIGNED_IN.plusSeconds(6)))
                .isFalse();

        assertThat(session.endReason()).contains("logout");
        assertThat(session.endedAt()).contains(SIGNED_IN.plusSeconds(5));
        assertThat(session.isActiveAt(SIGNED_IN.plusSeconds(7))).isFalse();
        assertThatThrownBy(() -> session.rotate("hash-2", SIGNED_IN.plusSeconds(8)))
                .isInstanceOf(IllegalStateException.class);
    }
}
