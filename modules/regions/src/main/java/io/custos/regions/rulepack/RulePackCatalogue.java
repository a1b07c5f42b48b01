package io.custos.regions.rulepack;

import io.custos.regions.api.RulePack;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped packs as the law has them (tenants' overrides are laid over them by
 * {@link EffectivePacks}), read once from {@code rulepacks/*.yaml} on the class path, and which pack
 * governs a place: the subdivision's pack (US-CA), else the country's, else BASELINE.
 */
@ApplicationScoped
public class RulePackCatalogue {

    public static final String BASELINE = "BASELINE";
    static final List<String> SHIPPED =
            List.of("EU", "GB", "US-CA", "CN", "BR", "SG", "TH", "JP", "KR", "IN", "ZA", "CA", "AU", BASELINE);

    private final Map<String, RulePack> byCode;
    private final Map<String, String> packOfPlace;

    public RulePackCatalogue() {
        Map<String, RulePack> packs = new LinkedHashMap<>();
        Map<String, String> places = new LinkedHashMap<>();
        for (String code : SHIPPED) {
            RulePack pack = load(code);
            packs.put(code, pack);
            for (String place : pack.countries()) {
                String previous = places.put(place, code);
                if (previous != null) {
                    throw new IllegalStateException(place + " is in both the " + previous + " and " + code + " packs");
                }
            }
        }
        this.byCode = Map.copyOf(packs);
        this.packOfPlace = Map.copyOf(places);
    }

    public Collection<RulePack> all() {
        return SHIPPED.stream().map(byCode::get).toList();
    }

    public Optional<RulePack> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The pack for a country (ISO 3166-1) and optional subdivision (ISO 3166-2). */
    public RulePack governing(String country, String subdivision) {
        String code = subdivision != null && packOfPlace.containsKey(subdivision)
                ? packOfPlace.get(subdivision)
                : packOfPlace.getOrDefault(country, BASELINE);
        return byCode.get(code);
    }

    private static RulePack load(String code) {
        String file = "rulepacks/" + code + ".yaml";
        try (InputStream in = RulePackCatalogue.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the shipped rule pack " + file + " is missing");
            }
            RulePack pack = RulePackFile.read(file, in);
            if (!pack.code().equals(code)) {
                throw new IllegalStateException(file + " has the code " + pack.code());
            }
            return pack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
