package io.custos.bench;

import io.custos.platform.id.Ids;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists and segments at scale against a running Custos on loopback and its database: makes a
 * tenant with ten stores (DE, FR under the GDPR pack; US-CA under the CCPA pack) and a store
 * manager, seeds N customers with bulk SQL (customers, consent subjects and a MARKETING consent
 * for a third of them), waits for the server's job {@code consent.judge-subjects} to judge the
 * seeded subjects (their kept lawfulness is null, as for customers from before it existed: the
 * backfill), then times, interleaved in the same run:
 * <ul>
 *   <li>{@code GET /customers?limit=50} as the store manager (scope in SQL) against the same
 *       query by hand on the same index;
 *   <li>{@code POST /segments/count} for MARKETING as the admin (all customers) against a plain
 *       {@code COUNT(*)} of the tenant's customers; a hand-written LEFT JOIN count of the same rule
 *       from the ledger checks the server's answer once.
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.custos.bench.ScaleLoad http://127.0.0.1:18090 <operator-token>
 * <jdbc-url> <db-user> <db-password> <customers> [list-requests] [count-requests]}
 */
public final class ScaleLoad {

    private static final int BATCH = 2000;
    private static final String[][] STORES = {
        {"DE", null},
        {"DE", null},
        {"DE", null},
        {"DE", null},
        {"DE", null},
        {"DE", null},
        {"FR", null},
        {"FR", null},
        {"US", "US-CA"},
        {"US", "US-CA"}
    };
    private static final String RAW_LIST = "SELECT * FROM customers_customer WHERE tenant_id = ? AND deleted_at IS NULL"
            + " AND store_id IN (?) ORDER BY id LIMIT 51";
    private static final String PLAIN_COUNT =
            "SELECT COUNT(*) FROM customers_customer WHERE tenant_id = ? AND deleted_at IS NULL";
    private static final String UNJUDGED =
            "SELECT COUNT(*) FROM consent_subject WHERE tenant_id = ? AND lawful_adult IS NULL";
    private static final String RAW_COUNT = "SELECT COUNT(*) FROM consent_subject s"
            + " LEFT JOIN consent_current c ON c.tenant_id = s.tenant_id AND c.customer_id = s.customer_id"
            + " AND c.purpose = 'MARKETING'"
            + " WHERE s.tenant_id = ? AND s.status = 'ACTIVE' AND (s.adult_on IS NULL OR s.adult_on <= CURRENT_DATE)"
            + " AND ((s.pack_code = 'EU' AND c.state = 'GRANTED')"
            + " OR (s.pack_code = 'US-CA' AND (c.state IS NULL OR c.state = 'GRANTED' OR c.source = 'GPC')))";

    private ScaleLoad() {}

    public static void main(String[] args) throws Exception {
        LoadClient client = new LoadClient(args[0]);
        int customers = Integer.parseInt(args[5]);
        int listRequests = args.length > 6 ? Integer.parseInt(args[6]) : 400;
        int countRequests = args.length > 7 ? Integer.parseInt(args[7]) : 20;
        LoadClient.Admin admin = client.onboard(args[1], "scale");
        List<String> stores = new ArrayList<>();
        for (int i = 0; i < STORES.length; i++) {
            stores.add(LoadClient.field(
                    client.post(
                            "/api/v1/stores",
                            admin.token(),
                            "{\"code\":\"S" + i + "\",\"name\":\"Store " + i + "\",\"country\":\"" + STORES[i][0]
                                    + "\"}"),
                    "id"));
        }
        String manager = storeManager(client, admin, stores.get(0));
        try (Connection db = DriverManager.getConnection(args[2], args[3], args[4])) {
            long started = System.nanoTime();
            seed(db, admin.tenantId(), stores, customers);
            System.out.printf("seeded %d customers in %.1f s%n", customers, (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            awaitJudged(db, admin.tenantId());
            System.out.printf("consent.judge-subjects judged them %.1f s later%n", (System.nanoTime() - started) / 1e9);
            String count = "{\"purpose\":\"MARKETING\"}";
            // warm-up, every path
            time(listRequests / 4, () -> client.get("/api/v1/customers?limit=50", manager));
            time(listRequests / 4, () -> rawList(db, admin.tenantId(), stores.get(0)));
            time(Math.max(2, countRequests / 4), () -> client.post("/api/v1/segments/count", admin.token(), count));
            time(Math.max(2, countRequests / 4), () -> single(db, PLAIN_COUNT, admin.tenantId()));
            long[] list = new long[0];
            long[] listSql = new long[0];
            long[] segment = new long[0];
            long[] plain = new long[0];
            for (int round = 0; round < 2; round++) { // interleaved, so drift hits both alike
                list = LoadClient.concat(
                        list, time(listRequests / 2, () -> client.get("/api/v1/customers?limit=50", manager)));
                listSql = LoadClient.concat(
                        listSql, time(listRequests / 2, () -> rawList(db, admin.tenantId(), stores.get(0))));
                segment = LoadClient.concat(
                        segment,
                        time(countRequests / 2, () -> client.post("/api/v1/segments/count", admin.token(), count)));
                plain = LoadClient.concat(
                        plain, time(countRequests / 2, () -> single(db, PLAIN_COUNT, admin.tenantId())));
            }
            System.out.println("segment count: "
                    + LoadClient.object(client.post("/api/v1/segments/count", admin.token(), count))
                            .getJsonNumber("count")
                    + ", by hand from the ledger: " + single(db, RAW_COUNT, admin.tenantId())
                    + ", customers: " + single(db, PLAIN_COUNT, admin.tenantId()));
            LoadClient.report("GET /customers?limit=50 (store scope, server)", list);
            LoadClient.report("same page by hand (JDBC, same index)", listSql);
            LoadClient.report("POST /segments/count MARKETING (server)", segment);
            LoadClient.report("COUNT(*) of the tenant's customers (JDBC)", plain);
            System.out.printf(
                    "median ratio list server/SQL: %.2f; segment count server/COUNT(*): %.2f%n",
                    (double) LoadClient.median(list) / LoadClient.median(listSql),
                    (double) LoadClient.median(segment) / LoadClient.median(plain));
        }
    }

    /** Until the server's job has judged every seeded subject (it runs every minute, per tenant). */
    private static void awaitJudged(Connection db, String tenant) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(30);
        while (Long.parseLong(single(db, UNJUDGED, tenant)) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("subjects still unjudged after 30 minutes");
            }
            Thread.sleep(1000);
        }
        try (var analyze = db.createStatement()) {
            analyze.execute("ANALYZE TABLE consent_subject"); // the masks are in its statistics now
        }
    }

    private static String storeManager(LoadClient client, LoadClient.Admin admin, String store) throws Exception {
        String staff = LoadClient.field(
                client.post(
                        "/api/v1/staff",
                        admin.token(),
                        "{\"username\":\"manager\",\"email\":\"m@load.example\",\"password\":\"" + LoadClient.PASSWORD
                                + "\"}"),
                "id");
        JsonArray roles = LoadClient.object(client.get("/api/v1/roles?limit=500", admin.token()))
                .getJsonArray("items");
        String role = roles.stream()
                .map(JsonObject.class::cast)
                .filter(r -> r.getString("name").equals("STORE_MANAGER"))
                .findFirst()
                .orElseThrow()
                .getString("id");
        client.post(
                "/api/v1/grants",
                admin.token(),
                "{\"staffId\":\"" + staff + "\",\"roleId\":\"" + role + "\",\"scope\":{\"type\":\"STORE\",\"id\":\""
                        + store + "\"},\"reason\":\"load run\"}");
        return client.login(admin.slug(), "manager");
    }

    /** Bulk inserts in batches of multi-row statements, as a migration from another CRM would. */
    private static void seed(Connection db, String tenant, List<String> stores, int customers) throws SQLException {
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement customer = db.prepareStatement("INSERT INTO customers_customer (tenant_id, id, store_id,"
                        + " given_name, family_name, email, country, subdivision, created_at, pack_code, last_active_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement subject = db.prepareStatement("INSERT INTO consent_subject (tenant_id, customer_id,"
                        + " store_id, country, subdivision, pack_code, status) VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE')");
                PreparedStatement consent = db.prepareStatement(
                        "INSERT INTO consent_current (tenant_id, id, customer_id,"
                                + " purpose, state, source, gpc, since, event_id) VALUES (?, ?, ?, 'MARKETING', ?, ?, FALSE, ?, ?)")) {
            for (int i = 0; i < customers; i++) {
                int store = i % stores.size();
                String id = Ids.newId();
                String country = STORES[store][0];
                String subdivision = STORES[store][1];
                customer.setString(1, tenant);
                customer.setString(2, id);
                customer.setString(3, stores.get(store));
                customer.setString(4, "Given" + i);
                customer.setString(5, "Family" + (i % 5000));
                customer.setString(6, "c" + i + "@load.example");
                customer.setString(7, country);
                customer.setString(8, subdivision);
                customer.setTimestamp(9, now);
                customer.setString(10, subdivision == null ? "EU" : "US-CA");
                customer.setTimestamp(11, now);
                customer.addBatch();
                subject.setString(1, tenant);
                subject.setString(2, id);
                subject.setString(3, stores.get(store));
                subject.setString(4, country);
                subject.setString(5, subdivision);
                subject.setString(6, subdivision == null ? "EU" : "US-CA");
                subject.addBatch();
                if (i % 3 == 0) {
                    consent.setString(1, tenant);
                    consent.setString(2, Ids.newId());
                    consent.setString(3, id);
                    consent.setString(4, i % 10 == 0 ? "WITHDRAWN" : "GRANTED");
                    consent.setString(5, "POS");
                    consent.setTimestamp(6, now);
                    consent.setString(7, Ids.newId());
                    consent.addBatch();
                }
                if (i % BATCH == BATCH - 1 || i == customers - 1) {
                    customer.executeBatch();
                    subject.executeBatch();
                    consent.executeBatch();
                    db.commit();
                }
            }
        }
        db.setAutoCommit(true);
        try (var analyze = db.createStatement()) {
            analyze.execute("ANALYZE TABLE customers_customer, consent_subject, consent_current");
        }
    }

    private static String rawList(Connection db, String tenant, String store) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(RAW_LIST)) {
            query.setString(1, tenant);
            query.setString(2, store);
            try (ResultSet rows = query.executeQuery()) {
                int n = 0;
                while (rows.next()) {
                    n++;
                }
                return Integer.toString(n);
            }
        }
    }

    private static String single(Connection db, String sql, String tenant) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, tenant);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return Long.toString(rows.getLong(1));
            }
        }
    }

    private interface Call {
        String run() throws Exception;
    }

    private static long[] time(int count, Call call) throws Exception {
        long[] micros = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            call.run();
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        return micros;
    }
}
