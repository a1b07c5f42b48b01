package io.custos.it;

import io.custos.it.Tenants.Onboarded;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * A store chain with a store in Berlin (GDPR pack) and one in San Francisco (customers in US-CA,
 * CCPA pack), its admin logged in with a second factor: opt-in and opt-out regimes side by side.
 */
abstract class ChainInGermanyAndCalifornia extends ItBase {

    protected Onboarded tenant;
    protected String mfa;
    protected String berlin;
    protected String sanFrancisco;

    @BeforeEach
    void aChainInGermanyAndCalifornia() {
        tenant = tenants.onboard();
        mfa = tenant.adminMfaToken();
        berlin = store(mfa, "BER", "DE", null);
        sanFrancisco = store(mfa, "SFO", "US", null);
    }

    /** Creates a customer with a birth date (and subdivision, if given); answers the id. */
    static String customer(String token, String store, String country, String subdivision, String birthDate) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "storeId", store,
                "givenName", "Chris",
                "familyName", "Miller",
                "email", "customer@example.com",
                "birthDate", birthDate,
                "country", country,
                "lifetimeValue", "99.00"));
        if (subdivision != null) {
            body.put("subdivision", subdivision);
        }
        return as(token)
                .body(body)
                .post("/api/v1/customers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
