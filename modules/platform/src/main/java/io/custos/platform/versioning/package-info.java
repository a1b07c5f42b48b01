/** Optimistic concurrency over HTTP: ETag out, If-Match in. */
package io.custos.platform.versioning;
