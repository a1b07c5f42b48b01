/** The REST application and its OpenAPI description. */
package io.custos.app.config;
