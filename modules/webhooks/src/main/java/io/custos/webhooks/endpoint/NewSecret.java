package io.custos.webhooks.endpoint;

import java.time.Instant;

/**
 * A secret shown once: at creation ({@code previousSecretValidUntil} null) or after a rotation,
 * when the secret it replaced keeps signing beside it until then.
 */
public record NewSecret(EndpointView endpoint, String secret, Instant previousSecretValidUntil) {}
