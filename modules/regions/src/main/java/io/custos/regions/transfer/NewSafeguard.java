package io.custos.regions.transfer;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A safeguard to record: its kind, the pack whose transfers it covers, its validity and the document. */
public record NewSafeguard(
        @NotNull Safeguard.Kind kind,
        @NotNull @Present @Length(max = 16) String pack,
        @NotNull LocalDate validFrom,
        LocalDate validUntil,
        @NotNull @Present @Length(max = 200) String reference) {}
