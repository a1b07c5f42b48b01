package io.custos.it;

import static io.restassured.RestAssured.given;

import io.custos.it.Tenants.Onboarded;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/**
 * A chain for training tests: its MFA admin (who may manage and author training), a store in
 * Berlin with a customer, and Sam, who may read customers across the tenant and so must take
 * every course that covers the EU and is required for {@code customer.read}.
 */
final class TrainingChain {

    final Onboarded tenant;
    final String mfa;
    final String sam;
    final String samToken;
    final String customer;

    private TrainingChain(Onboarded tenant, String mfa, String sam, String samToken, String customer) {
        this.tenant = tenant;
        this.mfa = mfa;
        this.sam = sam;
        this.samToken = samToken;
        this.customer = customer;
    }

    static TrainingChain onboard(Tenants tenants) {
        Onboarded tenant = tenants.onboard();
        return of(tenant, tenant.adminMfaToken());
    }

    /** The chain in a tenant already onboarded, set up by its admin's MFA session {@code mfa}. */
    static TrainingChain of(Onboarded tenant, String mfa) {
        String berlin = ItBase.store(mfa, "BER", "DE", null);
        String sam = tenant.createStaff(mfa, "sam");
        tenant.grantTenantWide(mfa, sam, tenant.createRole(mfa, "Readers", "customer.read"));
        String customer = as(mfa).body(
                        Map.of("storeId", berlin, "givenName", "Ana", "familyName", "Lopez", "country", "DE"))
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new TrainingChain(
                tenant, mfa, sam, Tenants.login(tenant.slug(), "sam", Tenants.ADMIN_PASSWORD), customer);
    }

    /** A course of the EU required for reading customers; {@code quiz} null for none. */
    static Map<String, Object> aCourse(String code, Map<String, Object> quiz) {
        Map<String, Object> course = new java.util.HashMap<>(TrainingIT.aCourse(code));
        if (quiz != null) {
            course.put("quiz", quiz);
        }
        return course;
    }

    /** The tenant's first settings change: courses not yet acknowledged pass until due plus {@code days}. */
    void graceAfterDue(int days) {
        as(mfa).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("training", Map.of("graceMode", "AFTER_DUE_PLUS_GRACE", "graceDays", days)))
                .patch("/api/v1/tenant-settings")
                .then()
                .statusCode(200);
    }

    void createCourse(Map<String, Object> course) {
        as(mfa).body(course).post("/api/v1/training/courses").then().statusCode(201);
    }

    /** What Sam's read of the customer answers: 200, or 403 from the training gate. */
    int samReadsTheCustomer() {
        return as(samToken).get("/api/v1/customers/" + customer).statusCode();
    }

    static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .auth()
                .oauth2(token);
    }

    /** The option ids of a single-choice question: {@code q1a} right, {@code q1b} wrong (see {@link QuizIT#aQuiz}). */
    static List<String> right(String questionId) {
        return List.of(questionId + "a");
    }

    static List<String> wrong(String questionId) {
        return List.of(questionId + "b");
    }
}
