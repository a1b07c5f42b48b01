/** The regions, stores and ruleOverrides sections of tenant-config YAML. */
package io.custos.regions.config;
