package io.custos.audit.trail;

import io.custos.audit.checkpoint.Checkpoint;
import io.custos.audit.checkpoint.Checkpoints;
import io.custos.platform.events.ChainedRecords;
import io.custos.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Recomputes a tenant's chain from its first entry (or, after a purge, from the signed
 * checkpoint just before it): every sequence number present once and in order, every entry
 * linked to the previous hash and hashing to what it claims, the chain ending where the head row
 * says, and every signed checkpoint agreeing with the entry at its sequence number, so that even
 * a chain rewritten from scratch, or cut at the end, shows. Records other modules keep whose
 * content hash an entry holds ({@link ChainedRecords}) are checked against it page by page, so an
 * edited consent's evidence shows too. Reads in pages.
 */
@ApplicationScoped
public class ChainVerification {

    public static final int PAGE = 1000;

    /** Enough altered records to act on; a tampered database shows after the first. */
    static final int MAX_ALTERED = 100;

    @Inject
    AuditTrail trail;

    @Inject
    Instance<ChainedRecords> keepers;

    @Inject
    AuditChaining chaining;

    @Inject
    Checkpoints checkpoints;

    /** The bound tenant's whole trail, entries still waiting to be chained first, against its signed checkpoints. */
    public Result verifyTrail() {
        chaining.chainPending();
        List<Checkpoint> signed = checkpoints.all();
        Map<Long, String> vouched = signed.stream().collect(Collectors.toMap(Checkpoint::seq, Checkpoint::hash));
        Map<Long, Boolean> authentic =
                signed.stream().collect(Collectors.toMap(Checkpoint::seq, checkpoints::authentic));
        return verify(vouched, authentic::get);
    }

    /**
     * {@code checkpoints}: signed (seq → hash) statements already checked for authenticity;
     * {@code authentic}: whether each one's signature holds.
     */
    public Result verify(Map<Long, String> checkpoints, Predicate<Long> authentic) {
        for (Long seq : checkpoints.keySet()) {
            if (!authentic.test(seq)) {
                return new Result(false, 0, seq, List.of());
            }
        }
        List<AuditEntry> page = trail.after(0, PAGE);
        long expectedSeq = page.isEmpty() ? 1 : page.get(0).seq();
        String previousHash = ChainHash.GENESIS;
        if (expectedSeq > 1) {
            previousHash = checkpoints.get(expectedSeq - 1);
            if (previousHash == null) {
                return new Result(
                        false, 0, expectedSeq - 1, List.of()); // entries gone with no checkpoint vouching for them
            }
        }
        long entries = 0;
        Map<String, ChainedRecords> keeperOf =
                keepers.stream().collect(Collectors.toMap(ChainedRecords::action, Function.identity()));
        List<AlteredRecord> altered = new ArrayList<>();
        while (!page.isEmpty()) {
            altered.addAll(alteredRecords(page, keeperOf));
            boolean[] hashHolds = hashesHold(page);
            for (int i = 0; i < page.size(); i++) {
                AuditEntry entry = page.get(i);
                String vouched = checkpoints.get(entry.seq());
                boolean intact = entry.seq() == expectedSeq
                        && entry.prevHash().equals(previousHash)
                        && hashHolds[i]
                        && (vouched == null || vouched.equals(entry.hash()));
                if (!intact) {
                    return new Result(false, entries, Math.min(entry.seq(), expectedSeq), cut(altered));
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
            return new Result(false, entries, lastSeq + 1, cut(altered));
        }
        return new Result(altered.isEmpty(), entries, null, cut(altered));
    }

    /**
     * Whether each entry hashes to what it claims. An entry's hash depends only on its own stored
     * fields and stored previous hash, so a page is hashed on every core (pure computation, no
     * container context needed); the links between entries are then checked in order.
     */
    public static boolean[] hashesHold(List<AuditEntry> page) {
        boolean[] holds = new boolean[page.size()];
        IntStream.range(0, page.size()).parallel().forEach(i -> {
            AuditEntry entry = page.get(i);
            holds[i] = entry.hash() != null
                    && entry.prevHash() != null
                    && entry.hash().equals(ChainHash.of(entry.seq(), entry.record(), entry.prevHash()));
        });
        return holds;
    }

    /** The records named by this page's entries that no longer hash to what their entry holds. */
    private static List<AlteredRecord> alteredRecords(List<AuditEntry> page, Map<String, ChainedRecords> keeperOf) {
        if (keeperOf.isEmpty()) {
            return List.of();
        }
        Map<ChainedRecords, Map<String, String>> hashes = new HashMap<>();
        Map<String, Long> seqOf = new HashMap<>();
        for (AuditEntry entry : page) {
            ChainedRecords keeper = keeperOf.get(entry.record().action());
            if (keeper == null) {
                continue;
            }
            JsonObject details;
            try (var reader =
                    Json.provider().createReader(new StringReader(entry.record().details()))) {
                details = reader.readObject();
            }
            if (details.get(keeper.idKey()) instanceof JsonString id
                    && details.get(keeper.hashKey()) instanceof JsonString hash) {
                hashes.computeIfAbsent(keeper, k -> new HashMap<>()).put(id.getString(), hash.getString());
                seqOf.put(id.getString(), entry.seq());
            }
            // entries written before the record's hash was chained name no hash: nothing to hold them to
        }
        List<AlteredRecord> altered = new ArrayList<>();
        hashes.forEach((keeper, claims) -> keeper.altered(claims).stream()
                .map(id -> new AlteredRecord(seqOf.get(id), keeper.action(), id))
                .forEach(altered::add));
        altered.sort(java.util.Comparator.comparingLong(AlteredRecord::seq));
        return altered;
    }

    private static List<AlteredRecord> cut(List<AlteredRecord> altered) {
        return altered.size() <= MAX_ALTERED ? List.copyOf(altered) : List.copyOf(altered.subList(0, MAX_ALTERED));
    }

    /**
     * The verification answer; {@code firstBrokenSeq} only when the chain is broken;
     * {@code alteredRecords} (the first {@value #MAX_ALTERED}) the records kept beside the trail that
     * no longer match the hash their entry holds, each with that entry's sequence number.
     */
    public record Result(boolean valid, long entries, Long firstBrokenSeq, List<AlteredRecord> alteredRecords) {}

    /** A record whose content changed after its entry was chained. */
    public record AlteredRecord(long seq, String action, String recordId) {}
}
