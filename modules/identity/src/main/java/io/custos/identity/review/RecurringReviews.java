package io.custos.identity.review;

import io.custos.identity.grant.AdminReach;
import io.custos.identity.grant.SeparationOfDuties;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tenant's recurring campaigns: set as a whole by the tenant configuration, each opened once
 * per period as its owner (who applied the configuration, and must run reviews there still).
 */
@ApplicationScoped
public class RecurringReviews {

    @Inject
    TenantData data;

    @Inject
    AccessReviews reviews;

    @Inject
    AdminReach reach;

    @Inject
    Clock clock;

    /** What configuring did to one recurring campaign. */
    public record Change(String action, String name) {}

    /**
     * Makes {@code wanted} the tenant's recurring campaigns, in the caller's transaction: new ones
     * begin with the next period, changed ones keep the periods opened so far, unlisted ones end.
     * The caller must run reviews where each one reaches (the whole tenant, or its region).
     */
    public List<Change> replaceAll(Caller caller, List<RecurringReview.Definition> wanted) {
        AdminReach.Reach running = reach.of(caller, AccessReviews.RUN);
        Map<String, RecurringReview> existing =
                all().stream().collect(Collectors.toMap(RecurringReview::name, Function.identity()));
        Instant now = clock.instant();
        List<Change> changes = new ArrayList<>();
        for (RecurringReview.Definition definition : wanted) {
            if (!running.tenantWide() && !running.coversRegion(definition.regionId())) {
                throw SeparationOfDuties.outsideRegions(AccessReviews.RUN);
            }
            RecurringReview current = existing.remove(definition.name());
            if (current == null) {
                data.em().persist(new RecurringReview(definition, caller.staffId(), now));
                changes.add(new Change("create", definition.name()));
            } else if (current.apply(definition)) {
                changes.add(new Change("update", definition.name()));
            }
        }
        for (RecurringReview unlisted : existing.values()) {
            data.em().remove(unlisted);
            changes.add(new Change("delete", unlisted.name()));
        }
        return changes;
    }

    @Transactional
    public List<String> ids() {
        return all().stream().map(RecurringReview::id).toList();
    }

    /**
     * Opens the campaign of the period that has begun, if it is not open yet, in a transaction of
     * its own (so one that cannot open leaves the others alone); answers the new campaign's id.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> openIfDue(String id) {
        RecurringReview recurring = data.em().find(RecurringReview.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        Optional<Instant> period = recurring == null ? Optional.empty() : recurring.duePeriod(now);
        if (period.isEmpty()) {
            return Optional.empty();
        }
        RecurringReview.Definition definition = recurring.definition();
        Caller owner = Caller.staff(recurring.ownerId(), TenantScope.required(), Set.of(), null);
        AccessReviewView opened = reviews.open(
                owner,
                new NewAccessReview(
                        definition.name() + " " + definition.every().label(period.get()),
                        definition.regionId(),
                        now.plus(Duration.ofDays(definition.dueInDays())),
                        definition.revokeUnanswered()));
        recurring.opened(period.get());
        return Optional.of(opened.id());
    }

    private List<RecurringReview> all() {
        return data.em()
                .createQuery("SELECT r FROM RecurringReview r ORDER BY r.name", RecurringReview.class)
                .getResultList();
    }
}
