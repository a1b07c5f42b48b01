package io.custos.identity.breakglass;

import io.custos.identity.api.BreakGlassClosed;
import io.custos.identity.api.BreakGlassOpened;
import io.custos.identity.api.BreakGlassReviewed;
import io.custos.identity.api.BreakGlassRules;
import io.custos.platform.access.GateOutcome;
import io.custos.platform.access.KnownCustomers;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.Forbidden;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.tenancy.TenantData;
import io.custos.regions.api.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Opens, ends and reviews break-glass uses. Reviewers ({@code access-review.run}) see every use;
 * a holder of {@code break-glass.use} alone sees their own.
 */
@ApplicationScoped
public class BreakGlasses {

    static final String USE = "break-glass.use";
    static final String REVIEW = "access-review.run";

    @Inject
    TenantData data;

    @Inject
    BreakGlassRules.Source rules;

    @Inject
    Instance<KnownCustomers> customers;

    @Inject
    Instance<StoreDirectory> stores;

    @Inject
    PermissionCheck permissions;

    @Inject
    Event<BreakGlassOpened> opened;

    @Inject
    Event<BreakGlassClosed> closed;

    @Inject
    Event<BreakGlassReviewed> reviewed;

    @Inject
    Clock clock;

    @Transactional
    public BreakGlassView open(Caller caller, NewBreakGlass request) {
        if ((request.customerId() == null) == (request.storeId() == null)) {
            throw new InvalidInput("customerId", "name exactly one of customerId and storeId");
        }
        if (request.customerId() != null
                && !(customers.isResolvable() && customers.get().exists(request.customerId()))) {
            throw new NotFound("customer", request.customerId());
        }
        if (request.storeId() != null
                && !(stores.isResolvable()
                        && stores.get().store(request.storeId()).isPresent())) {
            throw new NotFound("store", request.storeId());
        }
        BreakGlassRules limits = rules.current();
        if (request.hours() > limits.maxHours()) {
            throw new TooLong(limits.maxHours());
        }
        Instant now = clock.instant();
        BreakGlass use = new BreakGlass(
                caller.staffId(),
                request.customerId(),
                request.storeId(),
                request.reason(),
                now,
                Duration.ofHours(request.hours()),
                limits.reviewWithin());
        data.em().persist(use);
        opened.fire(new BreakGlassOpened(
                caller.tenantId(),
                caller.staffId(),
                use.id(),
                use.customerId(),
                use.storeId(),
                use.reason(),
                use.expiresAt(),
                use.reviewDueAt(),
                now));
        return BreakGlassView.of(use, now);
    }

    /** Ends a use early: its holder, or a reviewer. */
    @Transactional
    public BreakGlassView close(Caller caller, String id) {
        BreakGlass use = visible(caller, id);
        Instant now = clock.instant();
        use.close(caller.staffId(), now);
        closed.fire(new BreakGlassClosed(caller.tenantId(), caller.staffId(), use.id(), use.staffId(), now));
        return BreakGlassView.of(use, now);
    }

    /** A reviewer's verdict; nobody reviews their own use. */
    @Transactional
    public BreakGlassView review(Caller caller, String id, Review review) {
        BreakGlass use = get(id);
        if (use.staffId().equals(caller.staffId())) {
            throw new Forbidden(GateOutcome.GRANT, "nobody reviews their own break-glass; another reviewer must");
        }
        Instant now = clock.instant();
        use.review(caller.staffId(), review.justified(), review.note(), now);
        reviewed.fire(new BreakGlassReviewed(
                caller.tenantId(), caller.staffId(), use.id(), use.staffId(), review.justified(), review.note(), now));
        return BreakGlassView.of(use, now);
    }

    @Transactional
    public BreakGlassView view(Caller caller, String id) {
        return BreakGlassView.of(visible(caller, id), clock.instant());
    }

    /** A page of uses in id order, optionally in one state now. */
    @Transactional
    public Page<BreakGlassView> page(Caller caller, Filter filter, PageRequest request) {
        Instant now = clock.instant();
        boolean onlyOwn = !seesAll(caller);
        StringBuilder jpql = new StringBuilder("SELECT b FROM BreakGlass b WHERE 1 = 1");
        if (onlyOwn) {
            jpql.append(" AND b.staffId = :staff");
        }
        if (filter != null) {
            jpql.append(filter.condition);
        }
        if (request.after() != null) {
            jpql.append(" AND b.id > :after");
        }
        TypedQuery<BreakGlass> query =
                data.em().createQuery(jpql.append(" ORDER BY b.id").toString(), BreakGlass.class);
        if (onlyOwn) {
            query.setParameter("staff", caller.staffId());
        }
        if (filter != null && filter.condition.contains(":now")) {
            query.setParameter("now", now);
        }
        if (request.after() != null) {
            query.setParameter("after", request.after());
        }
        return Page.of(
                query.setMaxResults(request.probeSize()).getResultList(),
                request,
                BreakGlass::id,
                b -> BreakGlassView.of(b, now));
    }

    /** The staff member's uses not closed and not expired at {@code now}, for their access context. */
    public List<BreakGlass.Cover> openOf(String staffId, Instant now) {
        return data.em()
                .createQuery(
                        "SELECT b FROM BreakGlass b WHERE b.staffId = :staff AND b.closedAt IS NULL"
                                + " AND b.expiresAt > :now",
                        BreakGlass.class)
                .setParameter("staff", staffId)
                .setParameter("now", now)
                .getResultStream()
                .map(BreakGlass::cover)
                .toList();
    }

    /** A use the caller may see: any to a reviewer, their own to a holder of break-glass.use. */
    private BreakGlass visible(Caller caller, String id) {
        BreakGlass use = get(id);
        if (!use.staffId().equals(caller.staffId()) && !seesAll(caller)) {
            throw new NotFound("break-glass", id);
        }
        return use;
    }

    /** Reviewers see every use; holders of break-glass.use their own; anyone else is refused. */
    private boolean seesAll(Caller caller) {
        Optional<Forbidden> notReviewer = refusal(caller, REVIEW);
        if (notReviewer.isPresent() && refusal(caller, USE).isPresent()) {
            throw notReviewer.get();
        }
        return notReviewer.isEmpty();
    }

    private Optional<Forbidden> refusal(Caller caller, String permission) {
        return permissions.refusal(caller, permission, PermissionCheck.Reach.TENANT);
    }

    private BreakGlass get(String id) {
        BreakGlass use = data.em().find(BreakGlass.class, id);
        if (use == null) {
            throw new NotFound("break-glass", id);
        }
        return use;
    }

    /** The states a list may ask for, as conditions on the uses. */
    public enum Filter {
        OPEN(" AND b.closedAt IS NULL AND b.expiresAt > :now"),
        EXPIRED(" AND b.closedAt IS NULL AND b.expiresAt <= :now"),
        CLOSED(" AND b.closedAt IS NOT NULL"),
        UNREVIEWED(" AND b.reviewedAt IS NULL"),
        REVIEWED(" AND b.reviewedAt IS NOT NULL"),
        OVERDUE(" AND b.reviewedAt IS NULL AND b.reviewDueAt <= :now");

        final String condition;

        Filter(String condition) {
            this.condition = condition;
        }
    }
}
