package io.custos.bench;

import io.custos.audit.trail.AuditEntry;
import io.custos.audit.trail.ChainHash;
import io.custos.launcher.EmbeddedDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One audit entry per transaction against the embedded MariaDB, on the real schema: the
 * hash-chained append the server does (lock the tenant's head row, hash, insert, advance the
 * head) against a plain insert of the same row, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AuditAppendBenchmark {

    private static final String TENANT = "00000000-0000-7000-8000-000000000001";
    private static final String INSERT = "INSERT INTO audit_entry (tenant_id, id, seq, at_ms, actor_id, action,"
            + " target_type, target_id, decision, details, request_id, client_address, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)";

    private EmbeddedDatabase database;
    private Path directory;
    private Connection connection;
    private long plainSeq = 1_000_000_000L;

    @Setup(Level.Trial)
    public void startDatabase() throws IOException, SQLException {
        directory = Files.createTempDirectory(Path.of(System.getProperty("user.home")), "custos-bench");
        database = EmbeddedDatabase.start(directory);
        connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        try (Statement schema = connection.createStatement()) {
            for (String statement : migration().split(";")) {
                if (!statement.isBlank()) {
                    schema.execute(statement);
                }
            }
            schema.execute("INSERT INTO audit_chain_head VALUES ('" + TENANT + "', 0, '" + ChainHash.GENESIS + "')");
        }
        connection.setAutoCommit(false);
    }

    @TearDown(Level.Trial)
    public void stopDatabase() throws SQLException, IOException {
        connection.close();
        database.stop();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        }
    }

    @Benchmark
    public String chainedAppend() throws SQLException {
        long seq;
        String previous;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE tenant_id = ? FOR UPDATE")) {
            head.setString(1, TENANT);
            try (ResultSet row = head.executeQuery()) {
                row.next();
                seq = row.getLong(1) + 1;
                previous = row.getString(2);
            }
        }
        AuditEntry.Record record = record();
        String hash = ChainHash.of(seq, record, previous);
        insert(seq, record, previous, hash);
        try (PreparedStatement advance = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE tenant_id = ?")) {
            advance.setLong(1, seq);
            advance.setString(2, hash);
            advance.setString(3, TENANT);
            advance.executeUpdate();
        }
        connection.commit();
        return hash;
    }

    @Benchmark
    public long plainInsert() throws SQLException {
        long seq = ++plainSeq; // its own range of the unique key, no head, no hash
        insert(seq, record(), ChainHash.GENESIS, ChainHash.GENESIS);
        connection.commit();
        return seq;
    }

    private void insert(long seq, AuditEntry.Record record, String previous, String hash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, TENANT);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setLong(3, seq);
            insert.setLong(4, record.atMillis());
            insert.setString(5, record.actorId());
            insert.setString(6, record.action());
            insert.setString(7, record.targetType());
            insert.setString(8, record.targetId());
            insert.setString(9, record.details());
            insert.setString(10, record.requestId());
            insert.setString(11, record.clientAddress());
            insert.setString(12, previous);
            insert.setString(13, hash);
            insert.executeUpdate();
        }
    }

    private static AuditEntry.Record record() {
        return new AuditEntry.Record(
                System.currentTimeMillis(),
                "01a20d9d-df78-7893-8ad1-c894f2fd9fdc",
                "customer.read",
                "customer",
                "01a20d9d-ddf7-75d3-b4e6-9cd74c7e254d",
                null,
                "{\"fields\":[\"email\",\"familyName\",\"givenName\"],\"purpose\":\"service\"}",
                "01a20d9d-dd12-76a3-828b-a6e597bbf680",
                "127.0.0.1");
    }

    private static String migration() throws IOException {
        try (InputStream in = AuditAppendBenchmark.class
                .getClassLoader()
                .getResourceAsStream("db/migration/audit/V9_001__audit_trail.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        }
    }
}
