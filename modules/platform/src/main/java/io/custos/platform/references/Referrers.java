package io.custos.platform.references;

import java.util.Optional;

/**
 * A module that keeps references to objects another module owns (a customer's owning team). The
 * owner cannot see who names its objects, so before deleting one it asks every referrer, and
 * refuses while something still does.
 */
public interface Referrers {

    /**
     * What of this module, in the bound tenant, still names {@code id} of {@code kind} (such as
     * {@code team}), in words for a problem's detail ("3 customers"); empty when nothing does.
     */
    Optional<String> holding(String kind, String id);
}
