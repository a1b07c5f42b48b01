package io.custos.consent.lawfulness;

import io.custos.consent.purpose.BuiltInPurpose;
import io.custos.regions.api.RulePack;
import java.util.Optional;

/**
 * The lawful basis of a purpose in one rule pack: OPT_IN needs a recorded grant, OPT_OUT the
 * absence of an opt-out (a GPC signal counts where the pack honours it), NEVER is not lawful at all
 * (a pack that keeps data in its country, for cross-border transfer).
 */
public record Basis(Regime regime, boolean gpcCounts, String why) {

    public enum Regime {
        OPT_IN,
        OPT_OUT,
        NEVER
    }

    /** The basis of a purpose following {@code builtIn} (empty: a tenant's purpose, opt-in everywhere). */
    public static Basis of(RulePack pack, Optional<BuiltInPurpose> builtIn) {
        if (builtIn.isEmpty()) {
            return new Basis(Regime.OPT_IN, false, "a tenant's own purpose needs consent everywhere");
        }
        String in = " in " + pack.code();
        return switch (builtIn.get()) {
            case MARKETING, MARKETING_EMAIL, MARKETING_SMS ->
                consent(pack.marketingConsent(), false, "marketing is " + pack.marketingConsent() + in);
            case PROFILING -> consent(pack.profilingConsent(), false, "profiling is " + pack.profilingConsent() + in);
            case SALE_OR_SHARING, THIRD_PARTY_SHARING ->
                switch (pack.saleSharingConsent()) {
                    case OPT_OUT ->
                        new Basis(
                                Regime.OPT_OUT, pack.honorsGlobalPrivacyControl(), "sale and sharing are OPT_OUT" + in);
                    case OPT_IN -> new Basis(Regime.OPT_IN, false, "sale and sharing are OPT_IN" + in);
                    case NOT_APPLICABLE ->
                        new Basis(
                                Regime.OPT_IN, false, "sharing needs consent" + in + " (no sale opt-out in this law)");
                };
            case SENSITIVE_DATA ->
                new Basis(
                        pack.sensitiveDataConsent() == RulePack.SensitiveConsent.EXPLICIT
                                ? Regime.OPT_IN
                                : Regime.OPT_OUT,
                        false,
                        "sensitive data is " + pack.sensitiveDataConsent() + in);
            case CROSS_BORDER_TRANSFER ->
                switch (pack.crossBorder()) {
                    case FREE, SAFEGUARDS ->
                        new Basis(Regime.OPT_OUT, false, "transfers are " + pack.crossBorder() + in);
                    case CONSENT_OR_ASSESSMENT -> new Basis(Regime.OPT_IN, false, "transfers need consent" + in);
                    case LOCALISED -> new Basis(Regime.NEVER, false, "data stays in the country" + in);
                };
        };
    }

    private static Basis consent(RulePack.Consent consent, boolean gpc, String why) {
        return new Basis(consent == RulePack.Consent.OPT_IN ? Regime.OPT_IN : Regime.OPT_OUT, gpc, why);
    }
}
