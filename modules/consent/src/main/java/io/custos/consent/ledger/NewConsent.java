package io.custos.consent.ledger;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;

/**
 * A consent event to record. {@code noticeId} names the privacy notice shown (required for a
 * consent given where the tenant has notices for the purpose); {@code guardian} names who consented
 * for a minor (required with source GUARDIAN); {@code evidence} is a free text or a reference to a
 * signed form or log line.
 */
public record NewConsent(
        @NotNull String purpose,
        @NotNull ConsentState state,
        @NotNull ConsentSource source,
        @Length(max = 40) String policyVersion,
        @Length(max = 1000) String evidence,
        @Length(max = 200) String guardian,
        String noticeId) {

    /** An event naming no notice, as data-subject requests and the demo record them. */
    public NewConsent(
            String purpose,
            ConsentState state,
            ConsentSource source,
            String policyVersion,
            String evidence,
            String guardian) {
        this(purpose, state, source, policyVersion, evidence, guardian, null);
    }
}
