package io.custos.identity.review;

import io.custos.identity.api.AccessReviewClosed;
import io.custos.identity.api.AccessReviewItemDecided;
import io.custos.identity.api.AccessReviewOpened;
import io.custos.identity.grant.AdminReach;
import io.custos.identity.grant.DutySeparation;
import io.custos.identity.grant.Grant;
import io.custos.identity.grant.Grants;
import io.custos.identity.grant.SeparationOfDuties;
import io.custos.identity.role.Role;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.csv.CsvCells;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.regions.api.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Access-review campaigns: open snapshots the grants in force (of a region: those of its staff on
 * it, its stores, and their own and team grants; else all), each item assigned to the grantee's manager, a
 * region admin or the campaign's owner; decide marks items, close revokes what was marked REVOKE
 * and, when the campaign says so, what nobody reviewed. Closing is one transaction.
 */
@ApplicationScoped
public class AccessReviews {

    /** What running campaigns takes; a region's holder runs that region's campaigns only. */
    static final String RUN = "access-review.run";

    /** Who closes a campaign at its due date, on the trail. */
    static final String SYSTEM = "system";

    @Inject
    TenantData data;

    @Inject
    Grants grants;

    @Inject
    Instance<StoreDirectory> stores;

    @Inject
    StaffDirectory staff;

    @Inject
    Overseers overseers;

    @Inject
    AdminReach reach;

    @Inject
    DutySeparation duties;

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
        AdminReach.Reach running = reach.of(reviewer, RUN);
        if (!running.tenantWide() && !running.coversRegion(request.regionId())) {
            throw SeparationOfDuties.outsideRegions(RUN);
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
        List<Grant> inForce = data.em()
                .createQuery(
                        "SELECT g FROM Grant g WHERE g.revokedAt IS NULL AND g.validFrom <= :now"
                                + " AND (g.validUntil IS NULL OR g.validUntil > :now) ORDER BY g.id",
                        Grant.class)
                .setParameter("now", now)
                .getResultList();
        // the grantee's manager or region admin, else the campaign's owner
        Overseers.Overseeing overseeing = overseers.among(inForce);
        int underReview = 0;
        for (Grant grant : inForce) {
            Optional<Staff> grantee = staff.find(grant.staffId());
            if (grantee.isEmpty() || !inRegion(grant, grantee.get(), request.regionId())) {
                continue;
            }
            String assigned = overseeing.of(grantee.get()).orElse(reviewer.staffId());
            if (assigned.equals(grant.staffId())) {
                continue; // the owner's own grant with nobody above them: never reviewed by its holder
            }
            data.em().persist(new AccessReviewItem(review.id(), grant.id(), grant.staffId(), assigned));
            underReview++;
        }
        opened.fire(new AccessReviewOpened(
                reviewer.tenantId(),
                reviewer.staffId(),
                review.id(),
                review.name(),
                review.regionId(),
                underReview,
                now));
        return view(review, null);
    }

    @Transactional
    public AccessReviewView view(Caller caller, String id) {
        return view(get(id, reach.of(caller, RUN)), null);
    }

    /**
     * A page of campaigns newest first: ids are time-ordered (UUIDv7), so descending id order is
     * the order they were opened in, reversed; the cursor is the id the next page starts below.
     */
    @Transactional
    public Page<AccessReviewView> page(Caller caller, AccessReview.Status status, PageRequest request) {
        AdminReach.Reach running = reach.of(caller, RUN);
        if (!running.tenantWide() && running.regions().isEmpty()) {
            return Page.of(List.<AccessReview>of(), request, AccessReview::id, r -> view(r, 0, 0, null));
        }
        String where = (status == null ? "" : " AND r.status = :status")
                + (running.tenantWide() ? "" : " AND r.regionId IN :regions")
                + (request.after() == null ? "" : " AND r.id < :after");
        TypedQuery<AccessReview> query = data.em()
                .createQuery(
                        "SELECT r FROM AccessReview r WHERE 1 = 1" + where + " ORDER BY r.id DESC", AccessReview.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (!running.tenantWide()) {
            query.setParameter("regions", running.regions());
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
    public List<ItemView> items(Caller caller, String reviewId) {
        get(reviewId, reach.of(caller, RUN));
        return views(itemsOf(reviewId));
    }

    /**
     * A campaign's outcome as evidence an auditor files: one CSV row per item with the campaign, the
     * grant as reviewed, who decided what and when, and whether the grant was revoked since.
     */
    @Transactional
    public String evidence(Caller caller, String reviewId) {
        AccessReview review = get(reviewId, reach.of(caller, RUN));
        List<ItemView> items = views(itemsOf(reviewId));
        Map<String, String> usernames = new HashMap<>();
        java.util.function.Function<String, String> username = id -> usernames.computeIfAbsent(
                id, s -> staff.find(s).map(Staff::username).orElse(""));
        StringBuilder csv = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(
                csv,
                org.apache.commons.csv.CSVFormat.RFC4180
                        .builder()
                        .setHeader(
                                "campaignId",
                                "campaign",
                                "regionId",
                                "dueAt",
                                "status",
                                "itemId",
                                "staffId",
                                "username",
                                "grantId",
                                "role",
                                "scopeType",
                                "scopeId",
                                "validFrom",
                                "validUntil",
                                "reviewerId",
                                "reviewer",
                                "decision",
                                "decidedAt",
                                "grantRevokedAt",
                                "conflicts")
                        .get())) {
            for (ItemView item : items) {
                printer.printRecord(java.util.stream.Stream.of(
                                review.id(),
                                review.name(),
                                review.regionId(),
                                review.dueAt(),
                                review.status(),
                                item.id(),
                                item.staffId(),
                                username.apply(item.staffId()),
                                item.grantId(),
                                item.roleName(),
                                item.scope().type(),
                                item.scope().id(),
                                item.validFrom(),
                                item.validUntil(),
                                item.reviewerId(),
                                username.apply(item.reviewerId()),
                                item.decision(),
                                item.decidedAt(),
                                item.grantRevokedAt(),
                                item.conflicts().stream()
                                        .map(pair -> String.join("+", pair))
                                        .collect(java.util.stream.Collectors.joining(" ")))
                        .map(CsvCells::text));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return csv.toString();
    }

    /** The undecided and decided items of open campaigns assigned to {@code reviewer}, campaign by campaign. */
    @Transactional
    public List<AssignedItem> assignedTo(Caller reviewer) {
        List<AccessReviewItem> mine = data.em()
                .createQuery(
                        "SELECT i FROM AccessReviewItem i, AccessReview r WHERE i.reviewId = r.id"
                                + " AND r.status = :open AND i.reviewerId = :reviewer ORDER BY i.reviewId, i.id",
                        AccessReviewItem.class)
                .setParameter("open", AccessReview.Status.OPEN)
                .setParameter("reviewer", reviewer.staffId())
                .getResultList();
        Map<String, AccessReview> campaigns = new HashMap<>();
        mine.forEach(i -> campaigns.computeIfAbsent(i.reviewId(), this::get));
        List<ItemView> views = views(mine);
        List<AssignedItem> assigned = new ArrayList<>();
        for (int n = 0; n < mine.size(); n++) {
            AccessReview campaign = campaigns.get(mine.get(n).reviewId());
            assigned.add(new AssignedItem(campaign.id(), campaign.name(), campaign.dueAt(), views.get(n)));
        }
        return assigned;
    }

    /** A decision by the assigned reviewer, whatever their permissions: the item is theirs (404 for anyone else's). */
    @Transactional
    public ItemView decideAssigned(Caller reviewer, String itemId, AccessReviewItem.Decision decision) {
        AccessReviewItem item = Optional.ofNullable(data.em().find(AccessReviewItem.class, itemId))
                .filter(i -> i.reviewerId().equals(reviewer.staffId()))
                .orElseThrow(() -> new NotFound("access review item", itemId));
        return decide(reviewer, get(item.reviewId()), itemId, decision);
    }

    /** A decision by a campaign runner: any item of a campaign within their reach. */
    @Transactional
    public ItemView decide(Caller reviewer, String reviewId, String itemId, AccessReviewItem.Decision decision) {
        return decide(reviewer, get(reviewId, reach.of(reviewer, RUN)), itemId, decision);
    }

    private ItemView decide(Caller reviewer, AccessReview review, String itemId, AccessReviewItem.Decision decision) {
        String reviewId = review.id();
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

    /**
     * Closes the bound tenant's open campaigns whose {@code dueAt} has come, as the system (the
     * scheduler's closing); answers how many.
     */
    @Transactional
    public int closeDue(TenantId tenant) {
        List<AccessReview> due = data.em()
                .createQuery(
                        "SELECT r FROM AccessReview r WHERE r.status = :open AND r.dueAt <= :now ORDER BY r.id",
                        AccessReview.class)
                .setParameter("open", AccessReview.Status.OPEN)
                .setParameter("now", clock.instant())
                .getResultList();
        Caller system = Caller.staff(SYSTEM, tenant, Set.of(), null);
        due.forEach(review -> close(system, review));
        return due.size();
    }

    /** Closing by a campaign runner, of a campaign within their reach. */
    @Transactional
    public AccessReviewView close(Caller reviewer, String reviewId) {
        return close(reviewer, get(reviewId, reach.of(reviewer, RUN)));
    }

    private AccessReviewView close(Caller reviewer, AccessReview review) {
        String reviewId = review.id();
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

    /**
     * In a region's campaign: the grants of staff whose home store lies in it, those on the region or
     * its stores and their OWN and TEAM grants (a tenant-wide grant, or one on another region, is not
     * this region's to review; nor is anyone based elsewhere).
     */
    private boolean inRegion(Grant grant, Staff grantee, String regionId) {
        if (regionId == null) {
            return true;
        }
        if (!regionId.equals(regionOf(grantee.homeStoreId()).orElse(null))) {
            return false;
        }
        return switch (grant.scopeType()) {
            case REGION -> regionId.equals(grant.scope().id());
            case STORE -> regionId.equals(regionOf(grant.scope().id()).orElse(null));
            case OWN, TEAM -> regionId.equals(regionOf(grantee.homeStoreId()).orElse(null));
            case TENANT -> false;
        };
    }

    private Optional<String> regionOf(String storeId) {
        return overseers.regionOf(storeId);
    }

    /** Items with their grants and roles (read in two queries whatever the count) and their holders' conflicts. */
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
        var conflicts = duties.heldPairs(
                items.stream().map(AccessReviewItem::staffId).distinct().toList());
        return items.stream()
                .map(i -> {
                    Grant grant = grants.get(i.grantId());
                    return ItemView.of(i, grant, roles.get(grant.roleId()), conflicts.get(i.staffId()));
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

    /** A campaign of a region within {@code reach} (any, tenant-wide); 404 for others, like another tenant's. */
    private AccessReview get(String id, AdminReach.Reach reach) {
        AccessReview review = get(id);
        if (!reach.tenantWide() && !reach.coversRegion(review.regionId())) {
            throw new NotFound("access review", id);
        }
        return review;
    }
}
