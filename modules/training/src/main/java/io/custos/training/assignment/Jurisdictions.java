package io.custos.training.assignment;

import io.custos.platform.access.Gates;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rule packs a staff member's grants reach into: TENANT reaches every store's pack, REGION its
 * stores' packs, STORE its pack; TEAM and OWN reach customers wherever they are, which we take to
 * be where the staff member works (their home store's pack, else the headquarters').
 */
record Jurisdictions(Map<String, StorePlace> stores, String homePack) {

    /** A store's region and governing pack. */
    record StorePlace(String regionId, String pack) {}

    Set<String> reachedBy(List<Gates.Reach> reach) {
        Set<String> packs = new LinkedHashSet<>();
        for (Gates.Reach r : reach) {
            switch (r.type()) {
                case "TENANT" -> {
                    stores.values().forEach(s -> packs.add(s.pack()));
                    packs.add(homePack);
                }
                case "REGION" ->
                    stores.values().stream()
                            .filter(s -> Objects.equals(s.regionId(), r.id()))
                            .forEach(s -> packs.add(s.pack()));
                case "STORE" -> {
                    StorePlace store = stores.get(r.id());
                    if (store != null) {
                        packs.add(store.pack());
                    }
                }
                default -> packs.add(homePack);
            }
        }
        return packs;
    }
}
