package io.custos.consent.ledger;

import java.time.Instant;

/** A consent event as the API shows it. */
public record ConsentRecord(
        String id,
        String customerId,
        String purpose,
        ConsentState state,
        ConsentSource source,
        String policyVersion,
        String evidence,
        String guardian,
        Instant recordedAt,
        String recordedBy) {}
