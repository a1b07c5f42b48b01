package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Mail through the outbox on the shared server, whose SMTP settings point at the suite's mail
 * server. The shared server runs without the test clock (its clock moving would expire every other
 * test's tokens, and the generated probes post valid bodies to every operation): here the clock
 * endpoints are refused; moving a clock is {@link ClockAndJobsIT}'s, in processes of its own.
 */
class MailIT extends ItBase {

    @Test
    void aTestMailArrivesOnceAndARetryWithTheSameKeyQueuesNothingMore() throws Exception {
        Mailbox mailbox = Mailbox.fresh("ops");
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            operator()
                    .header("Idempotency-Key", key)
                    .body(Map.of("to", mailbox.address()))
                    .post("/api/v1/platform/mail-test")
                    .then()
                    .statusCode(202)
                    .body("to", equalTo(mailbox.address()));
        }

        operator().post("/api/v1/platform/jobs/run-due").then().statusCode(200);

        var received = mailbox.awaitReceived(1);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Custos test mail");
        assertThat(received.get(0).getFrom()[0].toString()).isEqualTo(ItEnvironment.MAIL_FROM);
        operator().post("/api/v1/platform/jobs/run-due").then().statusCode(200);
        assertThat(mailbox.received()).hasSize(1);
    }

    @Test
    void aTestMailNeedsOneAddressAndTheOperator() {
        operator()
                .body(Map.of("to", "Ops <ops@example.com>, more@example.com"))
                .post("/api/v1/platform/mail-test")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
        var tenant = tenants.onboard();
        as(tenant.adminToken())
                .body(Map.of("to", "ops@example.com"))
                .post("/api/v1/platform/mail-test")
                .then()
                .statusCode(401);
    }

    @Test
    void withoutTheTestSettingTheClockCannotBeReadNorMoved() {
        operator()
                .get("/api/v1/platform/clock")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://custos.io/problems/test-clock-off"));
        operator()
                .body(Map.of("advance", "PT26H"))
                .post("/api/v1/platform/clock")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://custos.io/problems/test-clock-off"));
    }

    /**
     * The mail is queued in the transaction of the request; that transaction is made to fail at its
     * end (a trigger refuses the stored answer of this one Idempotency-Key), after the queueing.
     */
    @Test
    void aMailQueuedInATransactionThatRollsBackIsNeverSent() throws Exception {
        Mailbox mailbox = Mailbox.fresh("rolled-back");
        String key = "rollback-" + UUID.randomUUID();
        String trigger =
                "it_rollback_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection db = ItEnvironment.database();
                Statement sql = db.createStatement()) {
            sql.execute("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON platform_idempotency FOR EACH ROW"
                    + " IF NEW.idempotency_key = '" + key + "' AND NEW.status <> 0 THEN"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the test refuses this answer'; END IF");
            try {
                operator()
                        .noFilters() // the failure this test provokes is not in the contract
                        .header("Idempotency-Key", key)
                        .body(Map.of("to", mailbox.address()))
                        .post("/api/v1/platform/mail-test")
                        .then()
                        .statusCode(greaterThanOrEqualTo(500));
            } finally {
                sql.execute("DROP TRIGGER " + trigger);
            }
            operator().post("/api/v1/platform/jobs/run-due").then().statusCode(200);
            try (PreparedStatement queued =
                    db.prepareStatement("SELECT COUNT(*) FROM platform_outbox WHERE payload LIKE ?")) {
                queued.setString(1, "%" + mailbox.address() + "%");
                try (ResultSet count = queued.executeQuery()) {
                    count.next();
                    assertThat(count.getInt(1)).isZero();
                }
            }
        }
        assertThat(mailbox.received()).isEmpty();
    }
}
