/** Applying a tenant-config YAML document: every section in one transaction, or a dry run. */
package io.custos.tenants.config;
