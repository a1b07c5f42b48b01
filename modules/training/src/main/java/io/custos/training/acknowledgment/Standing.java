package io.custos.training.acknowledgment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a staff member stands with one course: CURRENT (a passed acknowledgment of a version that
 * still counts, unexpired), EXPIRED (such an acknowledgment, past its validity), OUTDATED (only
 * versions before the last one that required a new acknowledgment) or NEVER.
 */
public record Standing(State state, String acknowledgedVersion, Instant acknowledgedAt, Instant expiresAt) {

    public enum State {
        CURRENT,
        EXPIRED,
        OUTDATED,
        NEVER
    }

    /** One attempt as the standing needs it. */
    public record Attempt(
            int versionSeq, String versionName, boolean passed, Instant acknowledgedAt, Instant expiresAt) {}

    public static final Standing NONE = new Standing(State.NEVER, null, null, null);

    /**
     * The standing given by {@code attempts} when acknowledgments of version {@code countFromSeq}
     * and later count. Failed attempts count for nothing.
     */
    public static Standing of(int countFromSeq, List<Attempt> attempts, Instant now) {
        Optional<Attempt> counting = attempts.stream()
                .filter(Attempt::passed)
                .filter(a -> a.versionSeq() >= countFromSeq)
                .max(Comparator.comparing(Attempt::expiresAt));
        if (counting.isPresent()) {
            Attempt best = counting.get();
            return new Standing(
                    best.expiresAt().isAfter(now) ? State.CURRENT : State.EXPIRED,
                    best.versionName(),
                    best.acknowledgedAt(),
                    best.expiresAt());
        }
        return attempts.stream()
                .filter(Attempt::passed)
                .max(Comparator.comparing(Attempt::versionSeq).thenComparing(Attempt::acknowledgedAt))
                .map(old -> new Standing(State.OUTDATED, old.versionName(), old.acknowledgedAt(), old.expiresAt()))
                .orElse(NONE);
    }

    public boolean isCurrent() {
        return state == State.CURRENT;
    }

    /** Why this standing does not satisfy a requirement, in words for the gate's detail. */
    public String shortfall(String currentVersion) {
        return switch (state) {
            case CURRENT -> "current";
            case EXPIRED -> "the acknowledgment of version " + acknowledgedVersion + " expired at " + expiresAt;
            case OUTDATED ->
                "version " + acknowledgedVersion + " was acknowledged; version " + currentVersion
                        + " needs a new acknowledgment";
            case NEVER -> "never acknowledged";
        };
    }
}
