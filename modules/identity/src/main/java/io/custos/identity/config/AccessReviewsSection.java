package io.custos.identity.config;

import io.custos.identity.review.Recurrence;
import io.custos.identity.review.RecurringReview;
import io.custos.identity.review.RecurringReviews;
import io.custos.platform.config.ConfigNode;
import io.custos.platform.config.TenantConfigSection;
import io.custos.platform.security.Caller;
import io.custos.regions.api.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code accessReviews: {recurring: [{name, every: MONTHLY|QUARTERLY|HALF_YEARLY|YEARLY, region?,
 * dueInDays, revokeUnanswered?}]}}: the tenant's recurring campaigns, as a whole (one left out ends).
 */
@ApplicationScoped
public class AccessReviewsSection implements TenantConfigSection {

    @Inject
    RecurringReviews recurring;

    @Inject
    Instance<StoreDirectory> places;

    @Override
    public String key() {
        return "accessReviews";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public List<Change> apply(Caller caller, ConfigNode section) {
        section.allowing("recurring");
        List<RecurringReview.Definition> wanted = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<ConfigNode> items =
                section.field("recurring").map(ConfigNode::items).orElse(List.of());
        for (ConfigNode item : items) {
            item.allowing("name", "every", "region", "dueInDays", "revokeUnanswered");
            String name = item.text("name");
            if (name.length() > 150) {
                throw item.error("name", "must have at most 150 characters");
            }
            if (!names.add(name)) {
                throw item.error("name", "names another recurring campaign already");
            }
            wanted.add(new RecurringReview.Definition(
                    name,
                    every(item),
                    item.optionalText("region").map(code -> region(item, code)).orElse(null),
                    dueInDays(item),
                    item.optionalText("revokeUnanswered")
                            .map(flag -> bool(item, flag))
                            .orElse(false)));
        }
        // a campaign outside the caller's reviewing reach answers 403, as opening one would
        return recurring.replaceAll(caller, wanted).stream()
                .map(change -> new Change(key(), change.action(), change.name()))
                .toList();
    }

    private static Recurrence every(ConfigNode item) {
        String every = item.text("every");
        try {
            return Recurrence.valueOf(every.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw item.error("every", "must be one of " + Arrays.toString(Recurrence.values()));
        }
    }

    private static int dueInDays(ConfigNode item) {
        try {
            int days = Integer.parseInt(item.text("dueInDays"));
            if (days >= 1 && days <= 365) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other value out of range
        }
        throw item.error("dueInDays", "must be a whole number of days from 1 to 365");
    }

    private static boolean bool(ConfigNode item, String flag) {
        return switch (flag.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw item.error("revokeUnanswered", "must be true or false");
        };
    }

    private String region(ConfigNode item, String code) {
        return places.isResolvable()
                ? places.get()
                        .regionIdByCode(code)
                        .orElseThrow(() -> item.error("region", "no region with the code " + code))
                : null;
    }
}
