package io.custos.customers.customer;

import io.custos.platform.references.Referrers;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Customers name the team that owns them: a team that still owns a customer stays. */
@ApplicationScoped
public class CustomerReferences implements Referrers {

    @Inject
    TenantData data;

    @Override
    public Optional<String> holding(String kind, String id) {
        if (!kind.equals("team")) {
            return Optional.empty();
        }
        long owned = data.em()
                .createQuery(
                        "SELECT COUNT(c) FROM Customer c WHERE c.teamId = :team AND c.erasedAt IS NULL", Long.class)
                .setParameter("team", id)
                .getSingleResult();
        return owned == 0 ? Optional.empty() : Optional.of(owned + (owned == 1 ? " customer" : " customers"));
    }
}
