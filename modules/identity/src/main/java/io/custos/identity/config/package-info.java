/** The roles and staff (with grants) sections of tenant-config YAML. */
package io.custos.identity.config;
