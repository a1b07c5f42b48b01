package io.custos.consent.lawfulness;

import io.custos.consent.ledger.ConsentSource;
import io.custos.consent.ledger.ConsentState;
import io.custos.consent.purpose.BuiltInPurpose;
import io.custos.regions.api.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Lawfulness} as a JPQL condition on {@code s} (a ConsentSubject), so a segment selects
 * only lawful customers in the database. Packs are grouped by their basis for the purpose; the
 * customer's current consent is read through EXISTS on the projection's unique key.
 */
public final class LawfulClause {

    private LawfulClause() {}

    /** The condition for {@code purpose}; parameters are added to {@code parameters} under {@code prefix}. */
    public static String of(
            String prefix,
            String purpose,
            Optional<BuiltInPurpose> basisOf,
            List<RulePack> packs,
            LocalDate today,
            Map<String, Object> parameters) {
        List<String> optIn = new ArrayList<>();
        List<String> optOut = new ArrayList<>();
        List<String> gpcCounts = new ArrayList<>();
        for (RulePack pack : packs) {
            Basis basis = Basis.of(pack, basisOf);
            switch (basis.regime()) {
                case OPT_IN -> optIn.add(pack.code());
                case OPT_OUT -> optOut.add(pack.code());
                case NEVER -> {}
            }
            if (basis.regime() == Basis.Regime.OPT_OUT && basis.gpcCounts()) {
                gpcCounts.add(pack.code());
            }
        }
        if (optIn.isEmpty() && optOut.isEmpty()) {
            return "(1 = 0)";
        }
        // Only parameters the condition names: JPA refuses to set one the query lacks.
        parameters.put(prefix + "Purpose", purpose);
        parameters.put(prefix + "Today", today);
        parameters.put(prefix + "Granted", ConsentState.GRANTED);
        parameters.put(prefix + "Guardian", ConsentSource.GUARDIAN);
        List<String> adult = new ArrayList<>();
        List<String> lawfulPacks = new ArrayList<>();
        if (!optIn.isEmpty()) {
            parameters.put(prefix + "OptIn", optIn);
            adult.add("(s.packCode IN :" + prefix + "OptIn AND " + exists(prefix, "c.state = :" + prefix + "Granted")
                    + ")");
            lawfulPacks.addAll(optIn);
        }
        if (!optOut.isEmpty()) {
            parameters.put(prefix + "OptOut", optOut);
            parameters.put(prefix + "Gpc", ConsentSource.GPC);
            String notOptedOut =
                    "NOT " + exists(prefix, "c.state <> :" + prefix + "Granted AND c.source <> :" + prefix + "Gpc");
            String noSignal = "";
            if (!gpcCounts.isEmpty()) {
                parameters.put(prefix + "GpcPacks", gpcCounts);
                noSignal = " AND (s.packCode NOT IN :" + prefix + "GpcPacks OR NOT " + exists(prefix, "c.gpc = TRUE")
                        + ")";
            }
            adult.add("(s.packCode IN :" + prefix + "OptOut AND " + notOptedOut + noSignal + ")");
            lawfulPacks.addAll(optOut);
        }
        parameters.put(prefix + "Packs", lawfulPacks);
        String minor = "(s.adultOn > :" + prefix + "Today AND s.packCode IN :" + prefix + "Packs AND "
                + exists(prefix, "c.state = :" + prefix + "Granted AND c.source = :" + prefix + "Guardian") + ")";
        return "(((s.adultOn IS NULL OR s.adultOn <= :" + prefix + "Today) AND (" + String.join(" OR ", adult)
                + ")) OR " + minor + ")";
    }

    private static String exists(String prefix, String condition) {
        return "EXISTS (SELECT c.id FROM CurrentConsent c WHERE c.customerId = s.customerId AND c.purpose = :" + prefix
                + "Purpose AND " + condition + ")";
    }
}
