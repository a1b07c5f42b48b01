package io.custos.identity.api;

import java.time.Duration;

/**
 * The tenant's limits on break-glass: how many hours one use may last at most, and how many days
 * after its end its review is due. Read when a use opens; an open use keeps the limits it opened under.
 */
public record BreakGlassRules(int maxHours, int reviewDays) {

    public Duration reviewWithin() {
        return Duration.ofDays(reviewDays);
    }

    /** The bound tenant's limits; implemented by the module that keeps tenant settings. */
    public interface Source {
        BreakGlassRules current();
    }
}
