package io.custos.platform.tenancy;

/** Tenant data was touched with no tenant bound: a programming error, never "all tenants". */
public class NoTenantBound extends IllegalStateException {
    public NoTenantBound() {
        super("no tenant is bound to this work; tenant data is never read without one");
    }
}
