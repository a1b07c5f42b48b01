package io.custos.regions.api;

import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tenant recorded a safeguard for transfers out of a pack's countries. */
public record TransferSafeguardRecorded(
        TenantId tenantId,
        String actorId,
        String targetId,
        String pack,
        String kind,
        LocalDate validFrom,
        LocalDate validUntil,
        String reference,
        Instant at)
        implements DomainEvent {

    @Override
    public String action() {
        return "transfer-safeguard.create";
    }

    @Override
    public String targetType() {
        return "transfer-safeguard";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pack", pack);
        details.put("kind", kind);
        details.put("validFrom", validFrom.toString());
        details.put("validUntil", validUntil == null ? null : validUntil.toString());
        details.put("reference", reference);
        return details;
    }
}
