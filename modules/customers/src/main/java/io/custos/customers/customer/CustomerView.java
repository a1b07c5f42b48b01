package io.custos.customers.customer;

import java.util.List;
import java.util.Map;

/**
 * A customer as the caller may see it: fields the caller may not see are left out (null, so
 * absent from the JSON) and named in {@code masked}, never dropped silently.
 */
public record CustomerView(
        String id,
        String storeId,
        String ownerId,
        String teamId,
        String givenName,
        String familyName,
        String country,
        String subdivision,
        String email,
        String phone,
        String birthDate,
        String lifetimeValue,
        Integer loyaltyPoints,
        Integer purchaseCount,
        String lastPurchaseOn,
        Map<String, String> attributes,
        List<String> masked) {}
