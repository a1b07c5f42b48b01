package io.custos.platform.access;

import java.time.Instant;
import java.util.List;

/** Who accessed a customer's data, oldest first: read from the audit trail, which implements this. */
public interface AccessHistory {

    /** Up to {@code max} accesses to the customer. */
    List<Access> of(String customerId, int max);

    /** One access to the customer's data and its outcome (ALLOW or DENY). */
    record Access(Instant at, String actorId, String action, String decision) {}
}
