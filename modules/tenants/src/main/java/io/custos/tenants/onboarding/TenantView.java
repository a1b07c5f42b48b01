package io.custos.tenants.onboarding;

/** A store chain as the operator sees it; {@code admin} only in the onboarding answer. */
public record TenantView(
        String id, String slug, String name, String headquartersCountry, String status, AdminView admin) {

    public record AdminView(String id, String username) {}

    static TenantView of(Tenant tenant, AdminView admin) {
        return new TenantView(
                tenant.id().value(),
                tenant.slug(),
                tenant.name(),
                tenant.headquartersCountry(),
                tenant.status().name(),
                admin);
    }
}
