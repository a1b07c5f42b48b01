package io.custos.identity.review;

import io.custos.identity.api.AccessReviewClosed;
import io.custos.identity.api.AccessReviewItemDecided;
import io.custos.identity.api.AccessReviewOpened;
import io.custos.identity.grant.Grant;
import io.custos.identity.grant.Grants;
import io.custos.identity.grant.ScopeType;
import io.custos.identity.role.Role;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.places.StoreDirectory;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Access-review campaigns: open snapshots the grants in force (of a region: those on it or its
 * stores; else all) except the reviewer's own, decide marks items, close revokes what was marked
 * REVOKE and, when the campaign says so, what nobody reviewed. Closing is one transaction.
 */
@ApplicationScoped
public class AccessReviews {

    @Inject
    TenantData data;

    @Inject
    Grants grants;

    @Inject
    Instance<StoreDirectory> stores;

    @Inject
    Event<AccessReviewOpened> opened;

    @Inject
    Event<AccessReviewItemDecided> decided;

    @Inject
    Event<AccessReviewClosed> closed;

    @Inject
    Clock clock;

    @Transactional
    public AccessReviewView open(Caller reviewer, NewAccessReview request) {
        Instant now = clock.instant();
        if (request.regionId() != null
                && !(stores.isResolvable() && stores.get().regionExists(request.regionId()))) {
            throw new InvalidInput("regionId", "no such region in this tenant");
        }
        if (request.dueAt() != null && !request.dueAt().isAfter(now)) {
            throw new InvalidInput("dueAt", "must be in the future");
        }
        AccessReview review = new AccessReview(
                request.name(),
                request.regionId(),
                request.dueAt(),
                request.autoRevokeUnreviewed(),
                reviewer.staffId(),
                now);
        data.em().persist(review);
        data.em().flush(); // items reference the review by id only: write it first
        List<Grant> underReview = data.em()
                .createQuery(
                        "SELECT g FROM Grant g WHERE g.revokedAt IS NULL AND g.validFrom <= :now"
                                + " AND (g.validUntil IS NULL OR g.validUntil > :now) AND g.staffId <> :reviewer"
                                + " ORDER BY g.id",
                        Grant.class)
                .setParameter("now", now)
                .setParameter("reviewer", reviewer.staffId())
                .getResultStream()
                .filter(g -> inRegion(g, request.regionId()))
                .toList();
        underReview.forEach(
                g -> data.em().persist(new AccessReviewItem(review.id(), g.id(), g.staffId(), reviewer.staffId())));
        opened.fire(new AccessReviewOpened(
                reviewer.tenantId(),
                reviewer.staffId(),
                review.id(),
                review.name(),
                review.regionId(),
                underReview.size(),
                now));
        return view(review, null);
    }

    @Transactional
    public AccessReviewView view(String id) {
        return view(get(id), null);
    }

    /**
     * A page of campaigns newest first: ids are time-ordered (UUIDv7), so descending id order is
     * the order they were opened in, reversed; the cursor is the id the next page starts below.
     */
    @Transactional
    public Page<AccessReviewView> page(AccessReview.Status status, PageRequest request) {
        String where = (status == null ? "" : " AND r.status = :status")
                + (request.after() == null ? "" : " AND r.id < :after");
        TypedQuery<AccessReview> query = data.em()
                .createQuery(
                        "SELECT r FROM AccessReview r WHERE 1 = 1" + where + " ORDER BY r.id DESC", AccessReview.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (request.after() != null) {
            query.setParameter("after", request.after());
        }
        List<AccessReview> rows = query.setMaxResults(request.probeSize()).getResultList();
        Map<String, long[]> counts = new HashMap<>();
        if (!rows.isEmpty()) {
            data.em()
                    .createQuery(
                            "SELECT i.reviewId, COUNT(i), COUNT(i.decision) FROM AccessReviewItem i"
                                    + " WHERE i.reviewId IN :ids GROUP BY i.reviewId",
                            Object[].class)
                    .setParameter("ids", rows.stream().map(AccessReview::id).toList())
                    .getResultList()
                    .forEach(row -> counts.put(
                            (String) row[0],
                            new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        }
        return Page.of(rows, request, AccessReview::id, review -> {
            long[] n = counts.getOrDefault(review.id(), new long[2]);
            return view(review, n[0], n[1], null);
        });
    }

    @Transactional
    public List<ItemView> items(String reviewId) {
        get(reviewId);
        return views(itemsOf(reviewId));
    }

    @Transactional
    public ItemView decide(Caller reviewer, String reviewId, String itemId, AccessReviewItem.Decision decision) {
        AccessReview review = get(reviewId);
        review.requireOpen();
        AccessReviewItem item = data.em().find(AccessReviewItem.class, itemId);
        if (item == null || !reviewId.equals(item.reviewId())) {
            throw new NotFound("access review item", itemId);
        }
        Instant now = clock.instant();
        item.decide(reviewer.staffId(), decision, now);
        decided.fire(new AccessReviewItemDecided(
                reviewer.tenantId(), reviewer.staffId(), reviewId, item.grantId(), decision.name(), now));
        return views(List.of(item)).get(0);
    }

    @Transactional
    public AccessReviewView close(Caller reviewer, String reviewId) {
        AccessReview review = get(reviewId);
        Instant now = clock.instant();
        review.close(now);
        int revoked = 0;
        int unreviewed = 0;
        for (AccessReviewItem item : itemsOf(reviewId)) {
            boolean revoke = item.decision() == AccessReviewItem.Decision.REVOKE;
            if (item.decision() == null) {
                unreviewed++;
                revoke = review.autoRevokesUnreviewed();
            }
            if (revoke && grants.revokeOnReview(reviewer, item.grantId(), "access review " + review.name())) {
                revoked++;
            }
        }
        closed.fire(
                new AccessReviewClosed(reviewer.tenantId(), reviewer.staffId(), reviewId, revoked, unreviewed, now));
        return view(review, (long) revoked);
    }

    private boolean inRegion(Grant grant, String regionId) {
        if (regionId == null) {
            return true;
        }
        if (grant.scopeType() == ScopeType.REGION) {
            return regionId.equals(grant.scope().id());
        }
        return grant.scopeType() == ScopeType.STORE
                && stores.get()
                        .store(grant.scope().id())
                        .map(s -> regionId.equals(s.regionId()))
                        .orElse(false);
    }

    /** Items with their grants and roles, read in two queries whatever the count. */
    private List<ItemView> views(List<AccessReviewItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<String, Grant> grants = new HashMap<>();
        data.em()
                .createQuery("SELECT g FROM Grant g WHERE g.id IN :ids", Grant.class)
                .setParameter(
                        "ids",
                        items.stream().map(AccessReviewItem::grantId).distinct().toList())
                .getResultList()
                .forEach(g -> grants.put(g.id(), g));
        Map<String, Role> roles = new HashMap<>();
        data.em()
                .createQuery("SELECT r FROM Role r WHERE r.id IN :ids", Role.class)
                .setParameter(
                        "ids",
                        grants.values().stream().map(Grant::roleId).distinct().toList())
                .getResultList()
                .forEach(r -> roles.put(r.id(), r));
        return items.stream()
                .map(i -> {
                    Grant grant = grants.get(i.grantId());
                    return ItemView.of(i, grant, roles.get(grant.roleId()));
                })
                .toList();
    }

    private List<AccessReviewItem> itemsOf(String reviewId) {
        return data.em()
                .createQuery(
                        "SELECT i FROM AccessReviewItem i WHERE i.reviewId = :review ORDER BY i.id",
                        AccessReviewItem.class)
                .setParameter("review", reviewId)
                .getResultList();
    }

    private AccessReviewView view(AccessReview review, Long revoked) {
        List<AccessReviewItem> items = itemsOf(review.id());
        return view(
                review,
                items.size(),
                items.stream().filter(i -> i.decision() != null).count(),
                revoked);
    }

    private static AccessReviewView view(AccessReview review, long itemCount, long decided, Long revoked) {
        return new AccessReviewView(
                review.id(),
                review.name(),
                review.regionId(),
                review.dueAt(),
                review.autoRevokesUnreviewed(),
                review.status().name(),
                itemCount,
                decided,
                revoked);
    }

    private AccessReview get(String id) {
        AccessReview review = data.em().find(AccessReview.class, id);
        if (review == null) {
            throw new NotFound("access review", id);
        }
        return review;
    }
}
