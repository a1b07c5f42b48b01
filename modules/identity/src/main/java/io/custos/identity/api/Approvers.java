package io.custos.identity.api;

/**
 * Who may approve what four eyes holds: active staff holding {@code tenant.manage} over the whole
 * tenant now. Asked when a tenant switches four eyes on.
 */
public interface Approvers {

    /** How many the bound tenant has. */
    long active();
}
