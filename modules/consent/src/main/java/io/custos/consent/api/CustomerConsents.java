package io.custos.consent.api;

import io.custos.platform.security.Caller;
import java.time.Instant;
import java.util.List;

/**
 * Consent as customers give it themselves (the privacy centre): what they may choose and the
 * notice shown for it, their own changes, and a browser's Global Privacy Control signal. The
 * caller is the data subject; every change is recorded as a customer's own (source CENTRE or GPC).
 */
public interface CustomerConsents {

    /** Every purpose of the tenant with the customer's state in force and the newest notice in {@code language}. */
    List<Choice> choicesOf(String customerId, String language);

    /**
     * Records the customer's own GRANTED or WITHDRAWN for a purpose with source CENTRE; a consent
     * given names the notice shown where the tenant has notices for the purpose.
     */
    Choice change(Caller subject, String purpose, boolean granted, String noticeId, String evidence);

    /**
     * Records a GPC opt-out of sale and sharing where the customer's rule pack honours the signal and
     * no GPC withdrawal stands already; answers whether anything was recorded.
     */
    boolean honourGlobalPrivacyControl(Caller subject, String evidence);

    /** One purpose as the customer sees it; {@code state} null before any choice. */
    record Choice(
            String purpose,
            String description,
            String state,
            String source,
            boolean gpc,
            Instant since,
            Notice notice) {}

    /** The notice a customer is shown before choosing. */
    record Notice(String id, String language, int version, String title, String text) {}
}
