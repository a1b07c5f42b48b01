package io.custos.platform.tenancy;

import io.custos.platform.id.Ids;
import java.util.Objects;

/** The id of a store chain; every tenant-owned row carries it in {@code tenant_id}. */
public record TenantId(String value) {
    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("tenant id must not be blank");
        }
    }

    public static TenantId generate() {
        return new TenantId(Ids.newId());
    }

    @Override
    public String toString() {
        return value;
    }
}
