package io.custos.customers.customer;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A customer to create, in the store where they were met. */
public record NewCustomer(
        @NotNull String storeId,
        @NotNull @Present @Length(max = Customer.NAME_MAX) String givenName,
        @NotNull @Present @Length(max = Customer.NAME_MAX) String familyName,
        @Email @Length(max = Customer.EMAIL_MAX) String email,

        @Pattern(regexp = Customer.PHONE, message = Customer.PHONE_RULE)
        String phone,

        LocalDate birthDate,

        @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as DE")
        String country,

        @Pattern(regexp = "^[A-Z]{2}-[A-Z0-9]{1,3}$", message = "must be an ISO 3166-2 code such as US-CA")
        String subdivision,

        String ownerId,
        String teamId,
        BigDecimal lifetimeValue,
        Integer loyaltyPoints,
        Integer purchaseCount,
        LocalDate lastPurchaseOn,
        Map<String, String> attributes) {}
