package io.custos.platform.transaction;

import io.custos.platform.problem.Conflict;

/**
 * A transaction found that a concurrent one created or changed what it was about to (its insert hit
 * the other's unique key): running it again reads what the other committed and decides on that.
 * Thrown where a use case knows the clash is a lost race; {@link ContentionRetry} reruns the
 * transaction, and only if every attempt loses does the caller see the 409.
 */
public class ConcurrentChange extends Conflict {

    public ConcurrentChange(String what) {
        super("concurrent-change", what + " was changed by another request at the same moment; send it again");
    }
}
