/** The console: its static files' security headers and the single-page application's deep links. */
package io.custos.app.console;
