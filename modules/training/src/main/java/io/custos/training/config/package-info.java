/** The {@code courses} section of tenant-config YAML. */
package io.custos.training.config;
