package io.custos.customers.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.custos.platform.json.Json;
import io.custos.platform.problem.InvalidInput;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The rules of a customer's fields, as a merge patch and a new customer meet them. */
class CustomerPatchTest {

    @Test
    void aPatchThatNamesAFieldOutsideThePatchableOnesIsRefusedWhole() {
        JsonObject changes = Json.provider()
                .createObjectBuilder()
                .add("givenName", "Ana")
                .add("storeId", "elsewhere")
                .build();

        assertThatThrownBy(() -> new CustomerPatch(changes))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("storeId: cannot be changed here");
    }

    @Test
    void namesAreRequiredNonEmptyAndNoLongerThanTheirColumn() {
        assertThat(patch("givenName", "Ana").givenName()).isEqualTo("Ana");
        assertRefused(() -> patchOfNull("familyName").familyName(), "familyName: must not be null");
        assertRefused(() -> patch("givenName", " ").givenName(), "givenName: must be a non-empty string");
        assertRefused(
                () -> patch("familyName", "x".repeat(Customer.NAME_MAX + 1)).familyName(),
                "familyName: must be at most 100 characters");
    }

    @Test
    void contactFieldsMayBeRemovedButAPhoneMustLookLikeOne() {
        assertThat(patchOfNull("email").email()).isNull();
        assertThat(patch("phone", "+49 30 1234567").phone()).isEqualTo("+49 30 1234567");
        assertRefused(() -> patch("phone", "call me").phone(), "phone: " + Customer.PHONE_RULE);
        assertRefused(() -> patch("phone", "1".repeat(31)).phone(), "phone: must be at most 30 characters");
        assertRefused(
                () -> patch("email", "a".repeat(Customer.EMAIL_MAX) + "@x").email(),
                "email: must be at most 254 characters");
    }

    @Test
    void aBirthDateIsADateOrNothing() {
        assertThat(patch("birthDate", "1990-04-01").birthDate()).isEqualTo("1990-04-01");
        assertThat(patchOfNull("birthDate").birthDate()).isNull();
        assertRefused(
                () -> patch("birthDate", "1990-02-30").birthDate(), "birthDate: must be a date such as 1990-04-01");
    }

    @Test
    void thePurchaseSummaryIsSealedAsAmountsWholeCountsAndADate() {
        assertThat(patch("lifetimeValue", new BigDecimal("1520.50")).financial("lifetimeValue"))
                .isEqualTo("1520.50");
        assertThat(patch("loyaltyPoints", new BigDecimal("7.0")).financial("loyaltyPoints"))
                .isEqualTo("7");
        assertThat(patch("lastPurchaseOn", "2026-11-24").financial("lastPurchaseOn"))
                .isEqualTo("2026-11-24");
        assertThat(patchOfNull("purchaseCount").financial("purchaseCount")).isNull();
        assertRefused(
                () -> patch("purchaseCount", new BigDecimal("1.5")).financial("purchaseCount"),
                "purchaseCount: must be a whole number");
        assertRefused(
                () -> patch("lifetimeValue", new BigDecimal("-1")).financial("lifetimeValue"),
                "lifetimeValue: must be a number, not negative");
        assertRefused(
                () -> patch("loyaltyPoints", "12").financial("loyaltyPoints"),
                "loyaltyPoints: must be a number, not negative");
        assertRefused(
                () -> patch("lifetimeValue", new BigDecimal("0.00001")).financial("lifetimeValue"),
                "lifetimeValue: must have at most 15 digits before the decimal point and 4 after it");
        assertRefused(
                () -> patch("lastPurchaseOn", "yesterday").financial("lastPurchaseOn"),
                "lastPurchaseOn: must be a date such as 2026-11-24");
    }

    @Test
    void anAmountFitsItsColumnAndACountIsNotNegative() {
        assertThat(Customer.amount("lifetimeValue", new BigDecimal("999999999999999.9999")))
                .isEqualByComparingTo("999999999999999.9999");
        assertRefused(
                () -> Customer.amount("lifetimeValue", new BigDecimal("1000000000000000")),
                "lifetimeValue: must have at most 15 digits before the decimal point and 4 after it");
        Customer.count("loyaltyPoints", null);
        Customer.count("loyaltyPoints", 0);
        assertRefused(() -> Customer.count("purchaseCount", -1), "purchaseCount: must not be negative");
    }

    private static CustomerPatch patch(String field, String value) {
        return patch(field, Json.provider().createValue(value));
    }

    private static CustomerPatch patch(String field, BigDecimal value) {
        return patch(field, Json.provider().createValue(value));
    }

    private static CustomerPatch patchOfNull(String field) {
        return patch(field, JsonValue.NULL);
    }

    private static CustomerPatch patch(String field, JsonValue value) {
        return new CustomerPatch(
                Json.provider().createObjectBuilder().add(field, value).build());
    }

    private static void assertRefused(Runnable read, String message) {
        assertThatThrownBy(read::run).isInstanceOf(InvalidInput.class).hasMessage(message);
    }
}
