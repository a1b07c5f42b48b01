package io.custos.requests.breach;

import io.custos.customers.api.CustomerSelection;
import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;

/**
 * An incident to register. {@code discoveredAt} starts every pack's clock; {@code highRisk} is the
 * officer's assessment that the breach likely puts people at high risk (it brings the notices owed
 * only then, such as GDPR Art. 34's to individuals); {@code affected} chooses the customers.
 */
public record NewBreach(
        @NotNull @Present @Length(max = 200) String title,
        @NotNull @Present @Length(max = 4000) String description,
        @NotNull Instant discoveredAt,

        @NotNull @Length(min = 1, max = 20, message = "must name between 1 and 20 categories of data")
        List<
                        @NotNull
                        @Pattern(regexp = "[a-z][a-z0-9_]{0,39}", message = "must be a lower-case word such as contact")
                        String>
                dataCategories,

        boolean highRisk,
        @NotNull @Valid Affected affected) {

    /**
     * The affected customers: those in any of the stores, regions and countries and among the ids
     * given, each kind left out leaving it open; at least one kind must be named.
     */
    public record Affected(
            @Length(max = 1000) List<@NotNull @Length(max = 36) String> storeIds,
            @Length(max = 1000) List<@NotNull @Length(max = 36) String> regionIds,

            @Length(max = 300)
            List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String>
                    countries,

            @Length(max = 10000) List<@NotNull @Length(max = 36) String> customerIds) {

        CustomerSelection selection() {
            return new CustomerSelection(storeIds, regionIds, countries, customerIds);
        }
    }
}
