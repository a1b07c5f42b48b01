package io.custos.customers.customer;

import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.constraints.NotNull;

/** Every customer {@code fromStaffId} owns goes to {@code toStaffId} (and team), with the reason. */
public record Reassignment(
        @NotNull String fromStaffId,
        @NotNull String toStaffId,
        String teamId,
        @NotNull @Present @Length(max = 500) String reason) {

    /** What a reassignment did. */
    public record Done(String fromStaffId, String toStaffId, String teamId, int reassigned) {}
}
