package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnboardingIT extends ItBase {

    @Test
    void operatorOnboardsAStoreChainWithItsFirstAdmin() {
        String slug = Tenants.uniqueSlug("acme");
        var created = operator()
                .body(tenants.newTenantBody(slug))
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(201)
                .body("slug", equalTo(slug))
                .body("status", equalTo("ACTIVE"))
                .body("admin.username", equalTo("admin"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/platform/tenants/" + id);

        operator().get("/api/v1/platform/tenants/" + id).then().statusCode(200).body("slug", equalTo(slug));
        String token = Tenants.login(slug, "admin", Tenants.ADMIN_PASSWORD);
        as(token).get("/api/v1/staff").then().statusCode(200).body("items.username", hasItem("admin"));
    }

    @Test
    void aTakenSlugIsAConflict() {
        var existing = tenants.onboard();
        operator()
                .body(tenants.newTenantBody(existing.slug()))
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @Test
    void invalidFieldsAreNamed() {
        Map<String, Object> body = new HashMap<>(tenants.newTenantBody("Not A Slug"));
        body.put("headquartersCountry", "Germany");
        operator()
                .body(body)
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("slug"))
                .body("errors.field", hasItem("headquartersCountry"));
    }

    @Test
    void anUnknownCountryCodeIsRefused() {
        Map<String, Object> body = new HashMap<>(tenants.newTenantBody(Tenants.uniqueSlug("xx")));
        body.put("headquartersCountry", "XX");
        operator()
                .body(body)
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("headquartersCountry"));
    }

    @Test
    void aWeakAdminPasswordIsRefusedAndNothingIsCreated() {
        String slug = Tenants.uniqueSlug("weak");
        Map<String, Object> body = new HashMap<>(tenants.newTenantBody(slug));
        body.put("admin", Map.of("username", "admin", "email", "a@b.example", "password", "password1234"));
        operator()
                .body(body)
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("admin.password"));
        // the slug is still free: the failed onboarding left nothing behind
        operator()
                .body(tenants.newTenantBody(slug))
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(201);
    }

    @Test
    void onboardingNeedsTheOperatorToken() {
        anonymous()
                .body(tenants.newTenantBody(Tenants.uniqueSlug("anon")))
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        as("not-the-operator-token")
                .body(tenants.newTenantBody(Tenants.uniqueSlug("anon")))
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aStaffTokenIsNotAnOperatorToken() {
        var tenant = tenants.onboard();
        as(tenant.adminToken())
                .body(tenants.newTenantBody(Tenants.uniqueSlug("staff")))
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(401);
    }

    @Test
    void aKeyedRequestThatFailedLeavesItsKeyFreeForTheNextAttempt() {
        var existing = tenants.onboard();
        String key = "key-" + Tenants.uniqueSlug("failed");
        operator()
                .header("Idempotency-Key", key)
                .body(tenants.newTenantBody(existing.slug()))
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(409)
                .body("type", endsWith("/slug-taken"));

        String slug = Tenants.uniqueSlug("second");
        String created = onboardedWithKey(key, slug);
        String replayed = onboardedWithKey(key, slug);
        assertThat(replayed).isEqualTo(created);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstResult() {
        String slug = Tenants.uniqueSlug("idem");
        String key = "key-" + slug;
        String first = onboardedWithKey(key, slug);
        String second = onboardedWithKey(key, slug);
        assertThat(second).isEqualTo(first);

        operator()
                .header("Idempotency-Key", key)
                .body(tenants.newTenantBody(Tenants.uniqueSlug("other")))
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    /** Onboards {@code slug} with an Idempotency-Key: a 201, and the chain's id. */
    private String onboardedWithKey(String key, String slug) {
        return operator()
                .header("Idempotency-Key", key)
                .body(tenants.newTenantBody(slug))
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
