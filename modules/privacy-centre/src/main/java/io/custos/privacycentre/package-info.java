/**
 * The privacy centre: customers see and change their consents and file and follow their requests.
 * WAVE2 places it in {@code consent}; it is a module of its own because it files requests through
 * {@code requests.api}, and {@code requests} already depends on {@code consent}.
 */
package io.custos.privacycentre;
