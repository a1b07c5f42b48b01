package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.custos.it.Tenants.Onboarded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AuditIT extends ItBase {

    @Test
    void changesAreRecordedWithActorTargetAndRequestId() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String staffId = as(tenant.adminToken())
                .header("X-Request-Id", "audit-req-1")
                .body(Map.of("username", "ivy", "email", "ivy@example.com"))
                .post("/api/v1/staff")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        as(mfa).queryParam("action", "staff.create")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].actorId", equalTo(tenant.adminId()))
                .body("items[0].targetType", equalTo("staff"))
                .body("items[0].targetId", equalTo(staffId))
                .body("items[0].requestId", equalTo("audit-req-1"))
                .body("items[0].details.username", equalTo("ivy"));
        as(mfa).get("/api/v1/audit")
                .then()
                .body("items[0].action", equalTo("tenant.onboard"))
                .body("items[0].seq", equalTo(1))
                .body("items.action", hasItem("auth.login"))
                .body("items.action", hasItem("mfa.enable"));
    }

    @Test
    void aFailedRequestLeavesNeitherChangeNorEntry() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        tenant.createStaff(tenant.adminToken(), "jay");
        as(tenant.adminToken())
                .body(Map.of("username", "jay", "email", "jay2@example.com"))
                .post("/api/v1/staff")
                .then()
                .statusCode(409);
        as(tenant.adminToken())
                .body(Map.of("username", "kim", "email", "kim@example.com", "password", "password1234"))
                .post("/api/v1/staff")
                .then()
                .statusCode(400);
        as(mfa).queryParam("action", "staff.create")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1))
                .body("items[0].details.username", equalTo("jay"));
        as(mfa).get("/api/v1/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void failedLoginsAreRecordedAlthoughTheLoginFails() {
        var tenant = tenants.onboard();
        anonymous()
                .body(Map.of("tenant", tenant.slug(), "username", "admin", "password", "Wrong-Password-42-x"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        as(tenant.adminMfaToken())
                .queryParam("action", "auth.login.fail")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1))
                .body("items[0].targetId", equalTo(tenant.adminId()));
    }

    @Test
    void aChangedRowIsDetected() throws Exception {
        var tenant = chainOfSeveralEntries();
        String mfa = tenant.adminMfaToken();
        int entries = as(mfa).get("/api/v1/audit/verify")
                .then()
                .body("valid", equalTo(true))
                .extract()
                .path("entries");
        sql(tenant, "UPDATE audit_entry SET details = '{\"username\":\"mallory\"}' WHERE tenant_id = ? AND seq = 3");
        as(mfa).get("/api/v1/audit/verify").then().body("valid", equalTo(false)).body("firstBrokenSeq", equalTo(3));
        assertThat(entries).isGreaterThan(3);
    }

    @Test
    void aDeletedRowIsDetected() throws Exception {
        var tenant = chainOfSeveralEntries();
        sql(tenant, "DELETE FROM audit_entry WHERE tenant_id = ? AND seq = 2");
        as(tenant.adminMfaToken())
                .get("/api/v1/audit/verify")
                .then()
                .body("valid", equalTo(false))
                .body("firstBrokenSeq", equalTo(2));
    }

    @Test
    void aDeletedTailIsDetected() throws Exception {
        var tenant = chainOfSeveralEntries();
        String mfa = tenant.adminMfaToken();
        int entries = as(mfa).get("/api/v1/audit/verify").then().extract().path("entries");
        // the MFA login above appended its own entries after the chain was read: delete the last one
        sql(
                tenant,
                "DELETE FROM audit_entry WHERE tenant_id = ? AND seq = (SELECT m FROM (SELECT MAX(seq) m FROM audit_entry WHERE tenant_id = '"
                        + tenant.id() + "') x)");
        as(mfa).get("/api/v1/audit/verify").then().body("valid", equalTo(false));
        assertThat(entries).isGreaterThan(0);
    }

    @Test
    void anInsertedRowIsDetected() throws Exception {
        var tenant = chainOfSeveralEntries();
        sql(tenant, "UPDATE audit_entry SET seq = seq + 1000 WHERE tenant_id = ? AND seq >= 4");
        try (Connection db = ItEnvironment.database();
                PreparedStatement copy = db.prepareStatement(
                        "INSERT INTO audit_entry (tenant_id, id, seq, at_ms, actor_id, action, target_type, target_id,"
                                + " decision, details, request_id, client_address, prev_hash, hash)"
                                + " SELECT tenant_id, UUID(), 4, at_ms, actor_id, 'staff.offboard', target_type, target_id,"
                                + " decision, details, request_id, client_address, hash, hash FROM audit_entry"
                                + " WHERE tenant_id = ? AND seq = 3")) {
            copy.setString(1, tenant.id());
            copy.executeUpdate();
        }
        as(tenant.adminMfaToken())
                .get("/api/v1/audit/verify")
                .then()
                .body("valid", equalTo(false))
                .body("firstBrokenSeq", equalTo(4));
    }

    @Test
    void concurrentWritersKeepOneValidChain() throws Exception {
        var tenant = tenants.onboard();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        tenant.createStaff(tenant.adminToken(), "w" + thread + "x" + i);
                    }
                    return 5;
                }));
            }
            for (Future<Integer> result : results) {
                result.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        String mfa = tenant.adminMfaToken();
        as(mfa).queryParam("action", "staff.create")
                .queryParam("limit", 100)
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(30));
        as(mfa).get("/api/v1/audit/verify")
                .then()
                .body("valid", equalTo(true))
                .body("firstBrokenSeq", nullValue())
                .body("entries", greaterThan(30));
    }

    @Test
    void theTrailExportsAsJsonLinesAndCsv() {
        var tenant = chainOfSeveralEntries();
        String mfa = tenant.adminMfaToken();
        int entries = as(mfa).get("/api/v1/audit/verify").then().extract().path("entries");
        String jsonl = as(mfa).accept("*/*")
                .queryParam("format", "jsonl")
                .get("/api/v1/audit/export")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/x-ndjson"))
                .extract()
                .asString();
        assertThat(jsonl.lines().count()).isGreaterThanOrEqualTo(entries);
        assertThat(jsonl.lines().findFirst().orElseThrow())
                .contains("\"seq\":1")
                .contains("tenant.onboard");
        String csv = as(mfa).accept("text/csv")
                .get("/api/v1/audit/export")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("seq,at,actorId,action");
        as(mfa).queryParam("action", "audit.export")
                .get("/api/v1/audit")
                .then()
                .body("items.details.format", contains("jsonl", "csv"));
    }

    @Test
    void theTrailNeedsASecondFactorAndShowsOnlyTheTenantsOwnEntries() {
        var a = chainOfSeveralEntries();
        var b = tenants.onboard();
        as(b.adminToken()).get("/api/v1/audit").then().statusCode(403).body("gate", equalTo("mfa"));
        as(b.adminMfaToken())
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.targetId", everyItem(org.hamcrest.Matchers.not(equalTo(a.id()))));
    }

    @Test
    void aChainRewrittenFromScratchIsCaughtByItsSignedCheckpoint() throws Exception {
        var tenant = chainOfSeveralEntries();
        String mfa = tenant.adminMfaToken();
        as(mfa).post("/api/v1/audit/checkpoints").then().statusCode(200).body("seq", greaterThan(3));
        // an attacker with database access changes entry 3 and recomputes every hash after it
        try (Connection db = ItEnvironment.database()) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement read = db.prepareStatement(
                    "SELECT seq, at_ms, actor_id, action, target_type, target_id, decision, details, request_id,"
                            + " client_address FROM audit_entry WHERE tenant_id = ? ORDER BY seq")) {
                read.setString(1, tenant.id());
                var result = read.executeQuery();
                while (result.next()) {
                    rows.add(new Object[] {
                        result.getLong(1),
                        new io.custos.audit.trail.AuditEntry.Record(
                                result.getLong(2),
                                result.getString(3),
                                result.getString(4),
                                result.getString(5),
                                result.getString(6),
                                result.getString(7),
                                result.getLong(1) == 3 ? "{\"username\":\"mallory\"}" : result.getString(8),
                                result.getString(9),
                                result.getString(10))
                    });
                }
            }
            String previous = io.custos.audit.trail.ChainHash.GENESIS;
            for (Object[] row : rows) {
                long seq = (Long) row[0];
                var record = (io.custos.audit.trail.AuditEntry.Record) row[1];
                String hash = io.custos.audit.trail.ChainHash.of(seq, record, previous);
                try (PreparedStatement write = db.prepareStatement(
                        "UPDATE audit_entry SET details = ?, prev_hash = ?, hash = ? WHERE tenant_id = ? AND seq = ?")) {
                    write.setString(1, record.details());
                    write.setString(2, previous);
                    write.setString(3, hash);
                    write.setString(4, tenant.id());
                    write.setLong(5, seq);
                    write.executeUpdate();
                }
                previous = hash;
            }
            try (PreparedStatement head =
                    db.prepareStatement("UPDATE audit_chain_head SET last_hash = ? WHERE tenant_id = ?")) {
                head.setString(1, previous);
                head.setString(2, tenant.id());
                head.executeUpdate();
            }
        }
        as(mfa).get("/api/v1/audit/verify").then().body("valid", equalTo(false));
    }

    @Test
    void retentionPurgesUpToASignedCheckpointAndTheRestStillVerifies() {
        var tenant = chainOfSeveralEntries();
        String mfa = tenant.adminMfaToken();
        int checkpointSeq = as(mfa).post("/api/v1/audit/checkpoints")
                .then()
                .statusCode(200)
                .extract()
                .path("seq");
        tenant.createStaff(tenant.adminToken(), "eve");
        as(mfa).body(Map.of("before", java.time.Instant.now().plusSeconds(-1).toString()))
                .post("/api/v1/audit/purge")
                .then()
                .statusCode(200)
                .body("throughSeq", equalTo(0));
        as(mfa).body(Map.of("before", java.time.Instant.now().toString()))
                .post("/api/v1/audit/purge")
                .then()
                .statusCode(200)
                .body("throughSeq", equalTo(checkpointSeq))
                .body("removed", equalTo(checkpointSeq));
        as(mfa).get("/api/v1/audit/verify").then().body("valid", equalTo(true));
        as(mfa).get("/api/v1/audit")
                .then()
                .body("items[0].seq", equalTo(checkpointSeq + 1))
                .body("items.action", hasItem("audit.purge"));
    }

    @Test
    void readingTheTrailIsNotEnoughToShortenIt() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String auditor = tenant.createStaff(mfa, "auditor");
        tenant.grantTenantWide(mfa, auditor, tenant.createRole(mfa, "Auditors", "audit.read"));
        String auditorMfa = Authenticator.enrol(Tenants.login(tenant.slug(), "auditor", Tenants.ADMIN_PASSWORD))
                .login(tenant.slug(), "auditor", Tenants.ADMIN_PASSWORD);
        as(auditorMfa).get("/api/v1/audit/retention").then().statusCode(200);
        as(auditorMfa)
                .body(Map.of("days", 730))
                .put("/api/v1/audit/retention")
                .then()
                .statusCode(403)
                .body("gate", equalTo("grant"));
        as(auditorMfa)
                .body(Map.of("before", java.time.Instant.now().toString()))
                .post("/api/v1/audit/purge")
                .then()
                .statusCode(403)
                .body("gate", equalTo("grant"));
        as(mfa).get("/api/v1/audit/retention").then().body("days", nullValue());
    }

    @Test
    void aTenantSetsHowLongItKeepsItsTrail() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        as(mfa).get("/api/v1/audit/retention").then().statusCode(200).body("days", nullValue());
        as(mfa).body(Map.of("days", 30)).put("/api/v1/audit/retention").then().statusCode(400);
        as(mfa).body(Map.of("days", 730))
                .put("/api/v1/audit/retention")
                .then()
                .statusCode(200)
                .body("days", equalTo(730));
        as(mfa).get("/api/v1/audit/retention").then().body("days", equalTo(730));
        as(mfa).queryParam("action", "audit.retention")
                .get("/api/v1/audit")
                .then()
                .body("items[0].details.after", equalTo(730));
    }

    @Test
    void theTrailListsNewestFirstAndItsCursorContinuesDownwards() {
        var tenant = chainOfSeveralEntries();
        var other = chainOfSeveralEntries();
        String mfa = tenant.adminMfaToken();
        as(mfa).get("/api/v1/audit/verify").then().statusCode(200); // chains what is pending

        List<Integer> seqs = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(mfa).queryParam("order", "desc").queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/audit")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seqs.addAll(page.getList("items.seq", Integer.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seqs).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(seqs)
                .as("every entry once, down to the first")
                .doesNotHaveDuplicates()
                .endsWith(1);
        assertThat(seqs.get(0) - seqs.get(seqs.size() - 1) + 1)
                .as("no entry skipped")
                .isEqualTo(seqs.size());

        as(mfa).queryParam("order", "desc")
                .queryParam("action", "staff.create")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.details.username", contains("dot", "cal", "ben", "ada"));
        as(mfa).queryParam("order", "asc")
                .queryParam("action", "staff.create")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.details.username", contains("ada", "ben", "cal", "dot"));
        as(mfa).get("/api/v1/audit").then().statusCode(200).body("items[0].seq", equalTo(1));
        as(mfa).queryParam("order", "desc")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.targetId", everyItem(org.hamcrest.Matchers.not(equalTo(other.id()))));
        as(mfa).queryParam("order", "sideways")
                .get("/api/v1/audit")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("order"));
    }

    private Onboarded chainOfSeveralEntries() {
        var tenant = tenants.onboard();
        for (String name : List.of("ada", "ben", "cal", "dot")) {
            tenant.createStaff(tenant.adminToken(), name);
        }
        return tenant;
    }

    private static void sql(Onboarded tenant, String statement) throws Exception {
        try (Connection db = ItEnvironment.database();
                PreparedStatement tamper = db.prepareStatement(statement)) {
            tamper.setString(1, tenant.id());
            assertThat(tamper.executeUpdate()).isPositive();
        }
    }
}
