package io.custos.it;

import static io.custos.it.ChainInGermanyAndCalifornia.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.custos.it.Tenants.Onboarded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Deleted customers are kept for the retention period, then erased; recent deletions stay. */
class CustomerRetentionIT extends ItBase {

    @Test
    void customersDeletedLongerAgoThanTheRetentionAreErased() throws Exception {
        Onboarded tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        String berlin = store(mfa, "BER", "DE", null);
        String old = customer(mfa, berlin, "DE", null, "1980-01-01");
        String recent = customer(mfa, berlin, "DE", null, "1981-01-01");
        String kept = customer(mfa, berlin, "DE", null, "1982-01-01");
        as(mfa).delete("/api/v1/customers/" + old).then().statusCode(204);
        as(mfa).delete("/api/v1/customers/" + recent).then().statusCode(204);
        try (Connection db = ItEnvironment.database();
                PreparedStatement age =
                        db.prepareStatement("UPDATE customers_customer SET deleted_at = ? WHERE id = ?")) {
            age.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(31))));
            age.setString(2, old);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }

        as(tenant.adminToken()).post("/api/v1/customers/purge-deleted").then().statusCode(403);
        as(mfa).post("/api/v1/customers/purge-deleted").then().statusCode(200).body("erased", equalTo(1));

        assertThat(erased(old)).isTrue();
        assertThat(erased(recent)).isFalse();
        assertThat(erased(kept)).isFalse();
        as(mfa).get("/api/v1/customers/" + kept).then().statusCode(200);
        as(mfa).post("/api/v1/customers/purge-deleted").then().body("erased", equalTo(0));
        as(mfa).queryParam("action", "customer.purge")
                .get("/api/v1/audit")
                .then()
                .body("items[0].details.erased", equalTo(1));
        as(mfa).get("/api/v1/audit/verify").then().body("valid", equalTo(true));
    }

    private static boolean erased(String customerId) throws Exception {
        try (Connection db = ItEnvironment.database();
                PreparedStatement read = db.prepareStatement(
                        "SELECT erased_at, customer_key, email FROM customers_customer WHERE id = ?")) {
            read.setString(1, customerId);
            ResultSet row = read.executeQuery();
            assertThat(row.next()).isTrue();
            boolean erased = row.getTimestamp(1) != null;
            if (erased) {
                assertThat(row.getString(2)).isNull();
                assertThat(row.getString(3)).isNull();
            }
            return erased;
        }
    }
}
