/** The datasource and the Flyway migrations that bring its schema up to date at start-up. */
package io.custos.app.migration;
