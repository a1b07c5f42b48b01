package io.custos.privacycentre.access;

import java.time.Instant;

/**
 * A pass as staff see it once, when issued: a link's {@code url} to send, or a {@code code} to print.
 * Only hashes are kept, so neither can be shown again.
 */
public record IssuedPass(String id, String customerId, Pass.Kind kind, String url, String code, Instant expiresAt) {}
