package io.custos.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds onboarded store chains for tests: {@code tenants.onboard()} gives a logged-in admin. */
public final class Tenants {

    public static final String ADMIN_PASSWORD = "Blue-Harbour-Lantern-42";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public Map<String, Object> newTenantBody(String slug) {
        return Map.of(
                "slug",
                slug,
                "name",
                "Chain " + slug,
                "headquartersCountry",
                "DE",
                "admin",
                Map.of("username", "admin", "email", "admin@" + slug + ".example", "password", ADMIN_PASSWORD));
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
    }

    public Onboarded onboard() {
        String slug = uniqueSlug("chain");
        var answer = given().contentType(ContentType.JSON)
                .auth()
                .oauth2(ItEnvironment.OPERATOR_TOKEN)
                .body(newTenantBody(slug))
                .post("/api/v1/platform/tenants")
                .then()
                .statusCode(201)
                .extract();
        String token = login(slug, "admin", ADMIN_PASSWORD);
        return new Onboarded(answer.path("id"), slug, answer.path("admin.id"), token);
    }

    public static String login(String slug, String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("tenant", slug, "username", username, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
    }

    /** A store chain and its first admin's access token (password only, no second factor). */
    public record Onboarded(String id, String slug, String adminId, String adminToken) {

        /** The admin enrolled in TOTP and logged in again with it: sensitive permissions work. */
        public String adminMfaToken() {
            return Authenticator.enrol(adminToken).login(slug, "admin", ADMIN_PASSWORD);
        }

        /** Creates a staff member with a password and answers their id. */
        public String createStaff(String accessToken, String username) {
            return createStaff(accessToken, username, Map.of());
        }

        /** Creates a staff member with a password, based at {@code homeStoreId}, and answers their id. */
        public String createStaff(String accessToken, String username, String homeStoreId) {
            return createStaff(accessToken, username, Map.of("homeStoreId", homeStoreId));
        }

        private String createStaff(String accessToken, String username, Map<String, String> more) {
            Map<String, String> body = new java.util.HashMap<>(more);
            body.put("username", username);
            body.put("email", username + "@" + slug + ".example");
            body.put("password", ADMIN_PASSWORD);
            return given().contentType(ContentType.JSON)
                    .auth()
                    .oauth2(accessToken)
                    .body(body)
                    .post("/api/v1/staff")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }

        /** Creates a role with the given permissions and answers its id. */
        public String createRole(String accessToken, String name, String... permissions) {
            return given().contentType(ContentType.JSON)
                    .auth()
                    .oauth2(accessToken)
                    .body(Map.of("name", name, "permissions", java.util.List.of(permissions)))
                    .post("/api/v1/roles")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }

        /** Grants a role over the whole tenant and answers the grant id. */
        public String grantTenantWide(String mfaToken, String staffId, String roleId) {
            return given().contentType(ContentType.JSON)
                    .auth()
                    .oauth2(mfaToken)
                    .body(Map.of(
                            "staffId", staffId, "roleId", roleId, "scope", Map.of("type", "TENANT"), "reason", "test"))
                    .post("/api/v1/grants")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
    }
}
