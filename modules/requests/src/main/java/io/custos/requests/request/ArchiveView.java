package io.custos.requests.request;

import java.time.Instant;

/**
 * An access request's archive: the SHA-256 of the zip (hex) to check a downloaded file against,
 * when it was made, until when it may be downloaded, when its bytes were erased (the window ended
 * or the customer was erased), and how often it was downloaded.
 */
public record ArchiveView(String sha256, Instant createdAt, Instant expiresAt, Instant erasedAt, int downloads) {}
