/**
 * Declarative tenant configuration: the YAML document of {@code tenant-config/*.yaml}, read as a
 * tree that knows where each value stands, and the sections modules contribute to apply it.
 */
package io.custos.platform.config;
