package io.custos.audit.trail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Recomputes a tenant's chain from its first entry (or, after a purge, from the signed
 * checkpoint just before it): every sequence number present once and in order, every entry
 * linked to the previous hash and hashing to what it claims, the chain ending where the head row
 * says, and every signed checkpoint agreeing with the entry at its sequence number, so that even
 * a chain rewritten from scratch, or cut at the end, shows. Reads in pages.
 */
@ApplicationScoped
public class ChainVerification {

    public static final int PAGE = 1000;

    @Inject
    AuditTrail trail;

    /**
     * {@code checkpoints}: signed (seq → hash) statements already checked for authenticity;
     * {@code authentic}: whether each one's signature holds.
     */
    public Result verify(Map<Long, String> checkpoints, Predicate<Long> authentic) {
        for (Long seq : checkpoints.keySet()) {
            if (!authentic.test(seq)) {
                return new Result(false, 0, seq);
            }
        }
        List<AuditEntry> page = trail.after(0, PAGE);
        long expectedSeq = page.isEmpty() ? 1 : page.get(0).seq();
        String previousHash = ChainHash.GENESIS;
        if (expectedSeq > 1) {
            previousHash = checkpoints.get(expectedSeq - 1);
            if (previousHash == null) {
                return new Result(false, 0, expectedSeq - 1); // entries gone with no checkpoint vouching for them
            }
        }
        long entries = 0;
        while (!page.isEmpty()) {
            for (AuditEntry entry : page) {
                String vouched = checkpoints.get(entry.seq());
                boolean intact = entry.seq() == expectedSeq
                        && entry.prevHash().equals(previousHash)
                        && entry.hash().equals(ChainHash.of(entry.seq(), entry.record(), entry.prevHash()))
                        && (vouched == null || vouched.equals(entry.hash()));
                if (!intact) {
                    return new Result(false, entries, Math.min(entry.seq(), expectedSeq));
                }
                previousHash = entry.hash();
                expectedSeq++;
                entries++;
            }
            page = trail.after(expectedSeq - 1, PAGE);
        }
        long lastSeq = expectedSeq - 1;
        Optional<ChainHead> head = trail.head();
        boolean headAgrees = head.isEmpty()
                || (head.get().lastSeq() == lastSeq && head.get().lastHash().equals(previousHash));
        boolean checkpointsWithin = checkpoints.keySet().stream().allMatch(seq -> seq <= lastSeq);
        if (!headAgrees || !checkpointsWithin) {
            return new Result(false, entries, lastSeq + 1);
        }
        return new Result(true, entries, null);
    }

    /** The verification answer; {@code firstBrokenSeq} only when the chain is broken. */
    public record Result(boolean valid, long entries, Long firstBrokenSeq) {}
}
