package io.custos.tenants.api;

/**
 * The bound tenant's settings, for modules whose behaviour a setting drives. Cheap enough for a
 * hot path (one indexed read per transaction) and never older than the last committed change.
 */
public interface TenantSettingsReader {

    TenantSettings current();
}
