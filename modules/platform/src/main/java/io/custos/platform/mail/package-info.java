/** Mail through SMTP ({@code CUSTOS_SMTP_*}), sent from the outbox: never inside a request. */
package io.custos.platform.mail;
