package io.custos.regions.transfer;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded safeguard. */
public record SafeguardView(
        String id,
        Safeguard.Kind kind,
        String pack,
        LocalDate validFrom,
        LocalDate validUntil,
        String reference,
        String recordedBy,
        Instant recordedAt) {

    static SafeguardView of(Safeguard s) {
        return new SafeguardView(
                s.id(),
                s.kind(),
                s.packCode(),
                s.validFrom(),
                s.validUntil(),
                s.reference(),
                s.recordedBy(),
                s.recordedAt());
    }
}
