package io.custos.regions.api;

import java.util.Optional;

/**
 * Which rule pack governs a place, for the modules that apply one (consent, customers, training,
 * privacy requests): "is profiling opt-in here", "when is this access request due".
 */
public interface RulePacks {

    /** The pack for a country (ISO 3166-1) and optional subdivision (ISO 3166-2); BASELINE if none. */
    RulePack governing(String country, String subdivision);

    Optional<RulePack> byCode(String code);

    /** Every pack, with the bound tenant's overrides applied: for queries that decide per pack in SQL. */
    java.util.List<RulePack> all();
}
