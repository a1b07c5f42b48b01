/** MicroProfile Health checks. */
package io.custos.app.health;
