/** The demo store chain loaded at start-up from a tenant-config YAML ({@code CUSTOS_DEMO_TENANT}). */
package io.custos.tenants.demo;
