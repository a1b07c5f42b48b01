/** Assembles Custos: the JAX-RS application, the datasource, migrations, health and OpenAPI. */
package io.custos.app;
