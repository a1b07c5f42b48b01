package io.custos.it;

import static io.custos.it.ChainInGermanyAndCalifornia.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.custos.it.Tenants.Onboarded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Rotating a tenant's data key re-wraps customer keys; sealed values still open, other tenants untouched. */
class DataKeyIT extends ItBase {

    @Test
    void rotationRewrapsEveryCustomerKeyAndValuesStillOpen() throws SQLException {
        Onboarded tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String berlin = store(mfa, "BER", "DE", null);
        String ana = customer(mfa, berlin, "DE", null, "1985-06-15");
        Onboarded other = tenants.onboard();
        String otherMfa = other.adminMfaToken();
        String bob = customer(otherMfa, store(otherMfa, "PAR", "FR", null), "FR", null, "1970-02-02");
        String[] anaBefore = keys(ana);
        String[] bobBefore = keys(bob);

        as(tenant.adminToken())
                .post("/api/v1/data-key/rotate")
                .then()
                .statusCode(403)
                .body("gate", equalTo("mfa"));
        as(mfa).post("/api/v1/data-key/rotate").then().statusCode(200).body("customerKeys", greaterThanOrEqualTo(1));

        String[] anaAfter = keys(ana);
        assertThat(anaAfter[0]).as("customer key re-wrapped").isNotEqualTo(anaBefore[0]);
        assertThat(anaAfter[1]).as("tenant data key replaced").isNotEqualTo(anaBefore[1]);
        assertThat(anaAfter[2]).as("sealed value untouched").isEqualTo(anaBefore[2]);
        assertThat(keys(bob)).as("another tenant's keys").containsExactly(bobBefore);

        as(mfa).get("/api/v1/customers/" + ana).then().statusCode(200).body("birthDate", equalTo("1985-06-15"));
        String later = customer(mfa, berlin, "DE", null, "1999-09-09");
        as(mfa).get("/api/v1/customers/" + later).then().body("birthDate", equalTo("1999-09-09"));
        as(otherMfa).get("/api/v1/customers/" + bob).then().body("birthDate", equalTo("1970-02-02"));
        as(mfa).queryParam("action", "data-key.rotate")
                .get("/api/v1/audit")
                .then()
                .body("items.size()", equalTo(1));
    }

    /**
     * New customers only share the tenant's data key: one creation still open (its shared lock on
     * the key held here) keeps no other from committing, while a rotation waits for it. The
     * provider's PESSIMISTIC_READ was a FOR UPDATE, and every creation of a tenant waited for the
     * last one's commit (#18, P5).
     */
    @Test
    void creationsShareTheDataKeyWhileARotationWaitsForThem() throws SQLException {
        Onboarded tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String berlin = store(mfa, "BER", "DE", null);
        customer(mfa, berlin, "DE", null, "1985-06-15"); // the tenant's data key exists
        try (Connection open = ItEnvironment.database()) {
            open.setAutoCommit(false);
            try (PreparedStatement shared = open.prepareStatement(
                    "SELECT wrapped_key FROM customers_data_key WHERE tenant_id = ? LOCK IN SHARE MODE")) {
                shared.setString(1, tenant.id());
                assertThat(shared.executeQuery().next()).isTrue();
            }
            InnoDbLocks before = InnoDbLocks.now();
            String meanwhile = customer(mfa, berlin, "DE", null, "1990-01-01");
            assertThat(InnoDbLocks.now().since(before).waits())
                    .as("a creation waited for another's lock on the data key")
                    .isZero();
            CompletableFuture<Integer> rotation = CompletableFuture.supplyAsync(() ->
                    as(mfa).post("/api/v1/data-key/rotate").then().extract().statusCode());
            assertThat(awaitLockWait(open, rotation))
                    .as("the rotation waits for the open creation's lock")
                    .isTrue();
            assertThat(rotation).isNotDone();
            open.rollback();
            assertThat(rotation.join()).isEqualTo(200);
            as(mfa).get("/api/v1/customers/" + meanwhile)
                    .then()
                    .statusCode(200)
                    .body("birthDate", equalTo("1990-01-01"));
        }
    }

    /**
     * Whether a transaction of the database came to wait for a row lock (the rotation's) before the
     * rotation ended. The server's status counter needs no privilege that the test's user lacks.
     */
    private static boolean awaitLockWait(Connection db, CompletableFuture<Integer> rotation) throws SQLException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        try (PreparedStatement waiting =
                db.prepareStatement("SHOW GLOBAL STATUS LIKE 'Innodb_row_lock_current_waits'")) {
            while (!rotation.isDone() && System.nanoTime() < deadline) {
                ResultSet count = waiting.executeQuery();
                if (count.next() && count.getLong(2) > 0) {
                    return true;
                }
                Thread.onSpinWait();
            }
        }
        return false;
    }

    /** The customer's wrapped key, their tenant's wrapped data key and their sealed birth date. */
    private static String[] keys(String customerId) throws SQLException {
        try (Connection db = ItEnvironment.database();
                PreparedStatement read = db.prepareStatement(
                        "SELECT c.customer_key, k.wrapped_key, c.sealed_birth_date"
                                + " FROM customers_customer c JOIN customers_data_key k ON k.tenant_id = c.tenant_id WHERE c.id = ?")) {
            read.setString(1, customerId);
            ResultSet row = read.executeQuery();
            assertThat(row.next()).isTrue();
            return new String[] {row.getString(1), row.getString(2), row.getString(3)};
        }
    }
}
