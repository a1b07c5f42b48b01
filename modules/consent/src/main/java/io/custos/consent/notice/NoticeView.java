package io.custos.consent.notice;

import java.time.Instant;

/** A published notice as the API shows it; {@code textSha256} lets a copy be checked against it. */
public record NoticeView(
        String id,
        String purpose,
        String language,
        int version,
        String title,
        String text,
        String textSha256,
        Instant publishedAt,
        String publishedBy) {}
