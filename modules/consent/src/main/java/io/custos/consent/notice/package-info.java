/**
 * Privacy notices as versioned objects: the text a customer was shown when asked for consent,
 * per purpose and language, never changed once published (a change is a new version).
 */
package io.custos.consent.notice;
