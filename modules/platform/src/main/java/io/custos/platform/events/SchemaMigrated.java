package io.custos.platform.events;

/** Fired once at start-up after the database schema is current; start-up work observes it. */
public record SchemaMigrated(int appliedMigrations) {}
