package io.custos.bench;

import io.custos.audit.trail.AuditEntry;
import io.custos.audit.trail.ChainHash;
import io.custos.audit.trail.ChainVerification;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What verifying the audit chain costs per entry in memory (P6 of #18: at least 1 M entries/s):
 * recomputing an entry's hash from its fields and the previous hash, as ChainVerification does for
 * every entry it reads, against a SHA-256 of the same bytes alone in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChainVerificationBenchmark {

    private static final jakarta.json.stream.JsonGeneratorFactory GENERATORS =
            io.custos.platform.json.Json.provider().createGeneratorFactory(java.util.Map.of());

    private AuditEntry.Record record;
    private String previous;
    private long seq;
    private byte[] bytes;

    @Setup
    public void setUp() throws Exception {
        record = new AuditEntry.Record(
                1_764_500_000_000L,
                "01a22e66-4722-79e9-96fd-c2dfcc45eb7c",
                "customer.read",
                "customer",
                "01a22e66-53c4-7785-a9e9-ae47e9e6011c",
                "ALLOW",
                "{\"fields\":[\"givenName\",\"familyName\",\"email\"],\"gates\":[{\"detail\":\"grant g-1 gives"
                        + " SALES_ASSOCIATE over STORE:s-1\",\"gate\":\"grant\",\"passed\":true}]}",
                "5f0c6b7e-2b1d-4c1a-9d7e-0a1b2c3d4e5f",
                "127.0.0.1");
        previous = ChainHash.GENESIS;
        bytes = (record.toString() + previous).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Benchmark
    public String verifyOneEntry() {
        String hash = ChainHash.of(++seq, record, previous);
        previous = hash;
        return hash;
    }

    /** The encoding before (#18 P6): the same text through a JSON-P generator per entry. */
    @Benchmark
    public String baselineJsonPGeneratorPerEntry() throws Exception {
        java.io.StringWriter canonical = new java.io.StringWriter(512);
        try (jakarta.json.stream.JsonGenerator json = GENERATORS.createGenerator(canonical)) {
            json.writeStartObject().write("seq", ++seq).write("at", record.atMillis());
            json.write("actorId", record.actorId()).write("action", record.action());
            json.write("targetType", record.targetType()).write("targetId", record.targetId());
            json.write("decision", record.decision()).write("details", record.details());
            json.write("requestId", record.requestId()).write("clientAddress", record.clientAddress());
            json.write("prevHash", previous).writeEnd();
        }
        previous = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(canonical.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return previous;
    }

    /** A page of the size verification reads, chained as the trail chains it. */
    @State(Scope.Benchmark)
    public static class Page {
        List<AuditEntry> entries;

        @Setup
        public void setUp() throws Exception {
            Constructor<AuditEntry> create = AuditEntry.class.getDeclaredConstructor(AuditEntry.Record.class);
            create.setAccessible(true);
            Method chain = AuditEntry.class.getDeclaredMethod("chain", long.class, String.class);
            chain.setAccessible(true);
            entries = new ArrayList<>(ChainVerification.PAGE);
            String previous = ChainHash.GENESIS;
            for (int i = 1; i <= ChainVerification.PAGE; i++) {
                AuditEntry entry = create.newInstance(new AuditEntry.Record(
                        1_764_500_000_000L + i,
                        "staff-" + (i % 40),
                        "customer.read",
                        "customer",
                        "customer-" + i,
                        "ALLOW",
                        "{\"fields\":[\"givenName\",\"familyName\",\"email\"],\"gates\":[{\"gate\":\"grant\",\"passed\":true}]}",
                        "request-" + i,
                        "127.0.0.1"));
                chain.invoke(entry, (long) i, previous);
                previous = entry.hash();
                entries.add(entry);
            }
        }
    }

    /** What verification does with each page it reads: every entry's hash, on every core. */
    @Benchmark
    @OperationsPerInvocation(ChainVerification.PAGE)
    public boolean[] verifyAPageOnEveryCore(Page page) {
        return ChainVerification.hashesHold(page.entries);
    }

    /** The same page hashed in order on one thread, as verification did before. */
    @Benchmark
    @OperationsPerInvocation(ChainVerification.PAGE)
    public boolean baselineAPageInOrder(Page page) {
        boolean all = true;
        for (AuditEntry entry : page.entries) {
            all &= entry.hash().equals(ChainHash.of(entry.seq(), entry.record(), entry.prevHash()));
        }
        return all;
    }

    @Benchmark
    public byte[] baselineSha256OfTheSameBytes() throws Exception {
        return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
