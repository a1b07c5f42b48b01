package io.custos.identity.me;

import io.custos.identity.grant.GrantEvaluation.GrantFacts;
import io.custos.identity.grant.ScopeType;
import io.custos.regions.api.StoreDirectory;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A permission held now with every scope it reaches, widest first. Two grants reaching the same
 * scope show once, as the one lasting longer: that is how long the caller keeps that reach.
 */
public record EffectivePermission(String permission, List<Scope> scopes) {

    /**
     * One scope in force: {@code type} with the region's, store's or team's {@code id} (a TEAM
     * scope without id reaches the holder's own teams), the region's or store's {@code code}, and
     * the grant giving it with its role and end ({@code validUntil} null: open-ended).
     */
    public record Scope(String type, String id, String code, String grantId, String roleName, Instant validUntil) {}

    /** The grants' permissions and scopes, in permission name order; codes read once per region and store. */
    static List<EffectivePermission> of(List<GrantFacts> grants, StoreDirectory places) {
        Map<String, String> codes = new HashMap<>();
        Map<String, Map<Reach, GrantFacts>> byPermission = new TreeMap<>();
        for (GrantFacts grant : grants) {
            Reach reach = new Reach(grant.scopeType(), grant.scopeId());
            for (String permission : grant.permissions()) {
                byPermission
                        .computeIfAbsent(permission, p -> new LinkedHashMap<>())
                        .merge(reach, grant, (a, b) -> lastsLonger(b, a) ? b : a);
            }
        }
        return byPermission.entrySet().stream()
                .map(e -> new EffectivePermission(
                        e.getKey(),
                        e.getValue().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey(WIDEST_FIRST))
                                .map(r -> scope(r.getKey(), r.getValue(), codes, places))
                                .toList()))
                .toList();
    }

    private static final Comparator<Reach> WIDEST_FIRST = Comparator.comparing(Reach::type)
            .reversed()
            .thenComparing(Reach::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static boolean lastsLonger(GrantFacts a, GrantFacts b) {
        return b.validUntil() != null
                && (a.validUntil() == null || a.validUntil().isAfter(b.validUntil()));
    }

    private static Scope scope(Reach reach, GrantFacts grant, Map<String, String> codes, StoreDirectory places) {
        String code =
                switch (reach.type()) {
                    case REGION ->
                        codes.computeIfAbsent("region:" + reach.id(), k -> places.regionCode(reach.id())
                                .orElse(null));
                    case STORE ->
                        codes.computeIfAbsent("store:" + reach.id(), k -> places.storeCode(reach.id())
                                .orElse(null));
                    default -> null;
                };
        return new Scope(reach.type().name(), reach.id(), code, grant.grantId(), grant.roleName(), grant.validUntil());
    }

    private record Reach(ScopeType type, String id) {}
}
