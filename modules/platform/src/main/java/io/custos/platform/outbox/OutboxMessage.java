package io.custos.platform.outbox;

/** An outbox entry handed to its handler: {@code attempt} counts from 1. */
public record OutboxMessage(String id, String kind, String payload, String tenantId, int attempt) {}
