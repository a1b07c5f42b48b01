package io.custos.requests.breach;

import io.custos.regions.api.RulePack;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What one pack's law asks of a breach: the deadline counted from discovery by the pack's
 * {@code breachNotificationHours} (none where the law says "as soon as feasible"), whether the
 * authority must be told and whether the individuals must, with the basis in words.
 */
record NotificationDuty(
        String packCode,
        int affected,
        Integer notificationHours,
        Instant notifyBy,
        boolean authorityNotice,
        boolean individualsNotice,
        String basis) {

    /**
     * Packs whose law asks for notice only from a number of affected individuals, unless the breach
     * likely causes significant harm (FACTS.md). {@code residentsOnly}: the law counts the pack's own
     * residents, else every individual the breach affected.
     */
    private record Threshold(int atLeast, boolean residentsOnly, String source) {}

    private static final Map<String, Threshold> THRESHOLDS = Map.of(
            "SG", new Threshold(500, false, "PDPA s.26D: notifiable at 500 or more individuals or significant harm"),
            "JP", new Threshold(1001, false, "APPI Art. 26 and PPC Rules: reportable above 1,000 persons or for harm"),
            "US-CA", new Threshold(501, true, "Civ. Code §1798.82: the Attorney General's copy above 500 residents"));

    /**
     * Packs whose law asks to tell every affected individual, high risk or not: US-CA (§1798.82, within
     * the pack's 30 days), KR (PIPA Art. 34, within 72 h), ZA (POPIA s.22, every breach). Elsewhere the
     * individuals are owed notice where the risk to them is high (GDPR Art. 34 and its likes).
     */
    private static final Set<String> INDIVIDUALS_ALWAYS = Set.of("US-CA", "KR", "ZA");

    static NotificationDuty of(RulePack pack, int residents, int total, boolean highRisk, Instant discoveredAt) {
        Integer hours = pack.breachNotificationHours();
        Instant notifyBy = hours == null ? null : discoveredAt.plus(Duration.ofHours(hours));
        Threshold threshold = THRESHOLDS.get(pack.code());
        boolean authority;
        StringBuilder basis = new StringBuilder();
        if (threshold == null) {
            // "unless unlikely to result in a risk" (GDPR Art. 33 and its likes): the pack takes the stricter reading
            authority = true;
            basis.append("The authority is told of every breach");
        } else {
            int counted = threshold.residentsOnly() ? residents : total;
            authority = highRisk || counted >= threshold.atLeast();
            basis.append(threshold.source())
                    .append("; ")
                    .append(counted)
                    .append(threshold.residentsOnly() ? " residents" : " individuals")
                    .append(" affected")
                    .append(highRisk ? ", high risk" : "");
        }
        boolean individuals = INDIVIDUALS_ALWAYS.contains(pack.code()) || highRisk;
        basis.append(individuals ? "; the individuals are told" : "; the individuals are told only at high risk");
        basis.append(
                hours == null
                        ? "; the law sets no hours: as soon as feasible"
                        : "; within " + hours + " h of discovery");
        return new NotificationDuty(pack.code(), residents, hours, notifyBy, authority, individuals, basis.toString());
    }
}
