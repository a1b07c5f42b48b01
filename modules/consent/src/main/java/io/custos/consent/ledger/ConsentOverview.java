package io.custos.consent.ledger;

import java.time.Instant;
import java.util.List;

/** A customer's consents: the state in force per purpose and every event, oldest first. */
public record ConsentOverview(List<State> current, List<ConsentRecord> history) {

    /** The state in force for one purpose; {@code gpc} when a GPC signal stands beside it. */
    public record State(String purpose, ConsentState state, ConsentSource source, boolean gpc, Instant since) {}
}
