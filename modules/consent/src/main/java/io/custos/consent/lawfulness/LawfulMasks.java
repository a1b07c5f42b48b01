package io.custos.consent.lawfulness;

import io.custos.consent.purpose.PurposeBit;
import io.custos.regions.api.RulePack;
import java.util.List;
import java.util.Map;

/**
 * A customer's lawfulness for every purpose of the tenant, as kept in {@code consent_subject}: one
 * bit per purpose ({@link PurposeBit}) lawful once of consent age ({@code adult}) and while a minor
 * ({@code minor}). Judged by {@link Lawfulness}, so the kept state says what the gate says.
 */
public record LawfulMasks(long adult, long minor) {

    /** Judges every purpose under {@code pack} with the customer's current consents, by purpose. */
    public static LawfulMasks of(RulePack pack, List<PurposeBit> purposes, Map<String, Lawfulness.Current> current) {
        long adult = 0;
        long minor = 0;
        for (PurposeBit purpose : purposes) {
            Basis basis = Basis.of(pack, purpose.basisOf());
            Lawfulness.Current consent = current.get(purpose.code());
            if (Lawfulness.judge(basis, consent, false).lawful()) {
                adult |= purpose.mask();
            }
            if (Lawfulness.judge(basis, consent, true).lawful()) {
                minor |= purpose.mask();
            }
        }
        return new LawfulMasks(adult, minor);
    }
}
