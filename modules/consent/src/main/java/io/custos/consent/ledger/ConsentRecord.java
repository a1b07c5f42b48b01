package io.custos.consent.ledger;

import java.time.Instant;

/**
 * A consent event as the API shows it; {@code evidenceSha256} is the hash of notice, evidence and
 * guardian that its audit entry holds (kept after erasure blanks the texts).
 */
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
        String recordedBy,
        String noticeId,
        String evidenceSha256) {}
