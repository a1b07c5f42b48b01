package io.custos.consent.lawfulness;

import io.custos.consent.ledger.ConsentSource;
import io.custos.consent.ledger.ConsentState;
import java.time.LocalDate;

/**
 * Whether processing a customer's data for a purpose is lawful, from the basis in their pack,
 * their current consent and whether they are a minor. {@link LawfulClause} says the same in SQL.
 */
public final class Lawfulness {

    private Lawfulness() {}

    /** The current consent for the purpose, if any event was recorded. */
    public record Current(ConsentState state, ConsentSource source, boolean gpc) {}

    public record Verdict(boolean lawful, String reason) {}

    public static Verdict judge(Basis basis, Current current, LocalDate adultOn, LocalDate today) {
        boolean minor = adultOn != null && adultOn.isAfter(today);
        Verdict verdict = judge(basis, current, minor);
        return minor && !verdict.lawful() && basis.regime() != Basis.Regime.NEVER
                ? new Verdict(false, "the customer is a minor until " + adultOn + ": a guardian must consent")
                : verdict;
    }

    /**
     * The verdict for a customer who is a minor or of consent age: all that time changes in a
     * verdict, so {@link LawfulMasks} keeps both and a date picks one.
     */
    public static Verdict judge(Basis basis, Current current, boolean minor) {
        if (basis.regime() == Basis.Regime.NEVER) {
            return new Verdict(false, basis.why());
        }
        if (minor) {
            boolean guardian = current != null
                    && current.state() == ConsentState.GRANTED
                    && current.source() == ConsentSource.GUARDIAN;
            return guardian
                    ? new Verdict(true, "a guardian consented for this minor")
                    : new Verdict(false, "the customer is a minor: a guardian must consent");
        }
        if (basis.regime() == Basis.Regime.OPT_IN) {
            return current != null && current.state() == ConsentState.GRANTED
                    ? new Verdict(true, basis.why() + " and the customer consented")
                    : new Verdict(false, basis.why() + " and the customer has not consented");
        }
        if (current != null && current.source() != ConsentSource.GPC && current.state() != ConsentState.GRANTED) {
            return new Verdict(false, basis.why() + " and the customer opted out");
        }
        if (current != null && current.gpc() && basis.gpcCounts()) {
            return new Verdict(false, basis.why() + " and a Global Privacy Control signal opted out");
        }
        return new Verdict(true, basis.why() + " and the customer has not opted out");
    }
}
