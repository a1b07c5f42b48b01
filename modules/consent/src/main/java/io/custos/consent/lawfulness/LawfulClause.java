package io.custos.consent.lawfulness;

import io.custos.consent.ledger.ConsentSource;
import io.custos.consent.ledger.ConsentState;
import io.custos.consent.purpose.BuiltInPurpose;
import io.custos.consent.purpose.PurposeBit;
import io.custos.regions.api.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Lawfulness} as a JPQL condition on {@code s} (a ConsentSubject), so a segment selects
 * only lawful customers in the database: from the lawfulness kept per customer ({@link
 * LawfulMasks}, {@link #maintained}), or judged from the ledger ({@link #of}) where the kept state
 * is not there yet. Packs are grouped by their basis for the purpose; the customer's current
 * consent is read through EXISTS on the projection's unique key.
 */
public final class LawfulClause {

    private LawfulClause() {}

    /**
     * The condition for {@code purpose} from the kept masks: the purpose's bit in the minor's or the
     * adult's mask as {@code today} falls before or after the customer's consent age. A customer
     * not judged yet (masks null) is judged by {@link #of}. JPQL has no bitwise operators: bit b of
     * a non-negative x is set where {@code MOD(x, 2^(b+1)) >= 2^b}.
     */
    public static String maintained(
            String prefix, PurposeBit purpose, List<RulePack> packs, LocalDate today, Map<String, Object> parameters) {
        String judged = of(prefix, purpose.code(), purpose.basisOf(), packs, today, parameters);
        parameters.put(prefix + "Today", today);
        parameters.put(prefix + "Bit", purpose.mask());
        parameters.put(prefix + "Twice", purpose.mask() * 2);
        String adult = "(s.adultOn IS NULL OR s.adultOn <= :" + prefix + "Today) AND MOD(s.lawfulAdult, :" + prefix
                + "Twice) >= :" + prefix + "Bit";
        String minor =
                "s.adultOn > :" + prefix + "Today AND MOD(s.lawfulMinor, :" + prefix + "Twice) >= :" + prefix + "Bit";
        return "((s.lawfulAdult IS NOT NULL AND ((" + adult + ") OR (" + minor + "))) OR (s.lawfulAdult IS NULL AND "
                + judged + "))";
    }

    /** The condition for {@code purpose} judged from the ledger; parameters are added under {@code prefix}. */
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
