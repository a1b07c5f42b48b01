package io.custos.platform.geo;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, from the JDK's copy of the standard. */
public final class Countries {

    private static final Set<String> ALPHA_2 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private Countries() {}

    public static boolean isAlpha2(String code) {
        return code != null && ALPHA_2.contains(code);
    }
}
