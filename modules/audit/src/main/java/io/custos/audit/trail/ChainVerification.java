package io.custos.audit.trail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Recomputes a tenant's chain from the first entry: every sequence number present once and in
 * order, every entry linked to the previous hash and hashing to what it claims, and the chain
 * ending where the head row says (so a deleted tail shows too). Reads in pages.
 */
@ApplicationScoped
public class ChainVerification {

    static final int PAGE = 1000;

    @Inject
    AuditTrail trail;

    public Result verify() {
        long expectedSeq = 1;
        String previousHash = ChainHash.GENESIS;
        long entries = 0;
        List<AuditEntry> page = trail.after(0, PAGE);
        while (!page.isEmpty()) {
            for (AuditEntry entry : page) {
                boolean intact = entry.seq() == expectedSeq
                        && entry.prevHash().equals(previousHash)
                        && entry.hash().equals(ChainHash.of(entry.seq(), entry.record(), entry.prevHash()));
                if (!intact) {
                    return new Result(false, entries, Math.min(entry.seq(), expectedSeq));
                }
                previousHash = entry.hash();
                expectedSeq++;
                entries++;
            }
            page = trail.after(expectedSeq - 1, PAGE);
        }
        Optional<ChainHead> head = trail.head();
        long lastSeq = expectedSeq - 1;
        if (head.isPresent()
                && (head.get().lastSeq() != lastSeq || !head.get().lastHash().equals(previousHash))) {
            return new Result(false, entries, lastSeq + 1);
        }
        return new Result(true, entries, null);
    }

    /** The verification answer; {@code firstBrokenSeq} only when the chain is broken. */
    public record Result(boolean valid, long entries, Long firstBrokenSeq) {}
}
