package io.custos.consent.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;

/** A tenant published a version of a privacy notice; the trail holds its text's hash. */
public record NoticePublished(
        TenantId tenantId,
        String actorId,
        String targetId,
        String purpose,
        String language,
        int version,
        String textSha256,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "consent.notice.publish";
    }

    @Override
    public String targetType() {
        return "consent-notice";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("purpose", purpose, "language", language, "version", version, "textSha256", textSha256);
    }
}
