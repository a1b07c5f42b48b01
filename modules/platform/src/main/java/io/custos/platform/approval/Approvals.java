package io.custos.platform.approval;

import io.custos.platform.approval.ApprovalStep.Step;
import io.custos.platform.json.Json;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bound tenant's approvals: held, listed, decided and expired. Another tenant's approval is
 * as unknown as one that never existed.
 */
@ApplicationScoped
public class Approvals {

    static final String SYSTEM = "system";

    @Inject
    TenantData data;

    @Inject
    FourEyes fourEyes;

    @Inject
    @Any
    Instance<ApprovedAction> actions;

    @Inject
    Event<ApprovalStep> steps;

    @Inject
    Clock clock;

    /**
     * Stores a held request and its audit entry in a transaction of their own: the request's
     * transaction then rolls back without taking them along.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    String hold(Caller caller, String action, String request, String reason, Duration window) {
        Instant now = clock.instant();
        Approval approval = new Approval(
                caller.tenantId().value(),
                action,
                request,
                caller.staffId(),
                String.join(" ", new TreeSet<>(caller.authenticationMethods())),
                reason,
                now,
                now.plus(window));
        em().persist(approval);
        steps.fire(new ApprovalStep(
                caller.tenantId(), caller.staffId(), Step.REQUEST, approval.id(), action, reason, now));
        return approval.id();
    }

    @Transactional
    public ApprovalView view(String id) {
        return ApprovalView.of(find(id, LockModeType.NONE), clock.instant());
    }

    /** A page in id order, optionally only those in {@code status} now. */
    @Transactional
    public Page<ApprovalView> page(Approval.Status status, PageRequest request) {
        Instant now = clock.instant();
        String filter =
                switch (status == null ? "" : status.name()) {
                    case "PENDING" -> " AND a.status = :pending AND a.expiresAt > :now";
                    case "EXPIRED" -> " AND (a.status = :expired OR (a.status = :pending AND a.expiresAt <= :now))";
                    case "" -> "";
                    default -> " AND a.status = :status";
                };
        var query = em().createQuery(
                        "SELECT a FROM Approval a WHERE a.tenantId = :tenant AND a.id > :after" + filter
                                + " ORDER BY a.id",
                        Approval.class)
                .setParameter("tenant", tenant().value())
                .setParameter("after", request.after() == null ? "" : request.after())
                .setMaxResults(request.probeSize());
        if (filter.contains(":pending")) {
            query.setParameter("pending", Approval.Status.PENDING).setParameter("now", now);
        }
        if (filter.contains(":expired")) {
            query.setParameter("expired", Approval.Status.EXPIRED);
        }
        if (filter.contains(":status")) {
            query.setParameter("status", status);
        }
        return Page.of(query.getResultList(), request, Approval::id, a -> ApprovalView.of(a, now));
    }

    /**
     * Approves and runs the held action as its requester, in this transaction: if the action is
     * refused now, nothing is approved.
     */
    @Transactional
    public ApprovalView approve(Caller approver, String id, String reason) {
        Instant now = clock.instant();
        Approval approval = find(id, LockModeType.PESSIMISTIC_WRITE);
        approval.approve(approver.staffId(), reason, now);
        steps.fire(new ApprovalStep(
                approver.tenantId(), approver.staffId(), Step.APPROVE, id, approval.action(), reason, now));
        fourEyes.exemptThisTransaction();
        Object result = handlerOf(approval.action()).run(requester(approval), approval.request());
        approval.recordResult(Json.write(result));
        // an action that clears the persistence context (a data-key rotation does) leaves it detached
        em().merge(approval);
        return ApprovalView.of(approval, now);
    }

    @Transactional
    public ApprovalView reject(Caller decider, String id, String reason) {
        Instant now = clock.instant();
        Approval approval = find(id, LockModeType.PESSIMISTIC_WRITE);
        approval.reject(decider.staffId(), reason, now);
        steps.fire(new ApprovalStep(
                decider.tenantId(), decider.staffId(), Step.REJECT, id, approval.action(), reason, now));
        return ApprovalView.of(approval, now);
    }

    /** Marks the bound tenant's pending approvals past their expiry, each on the trail; answers how many. */
    @Transactional
    public int expireDue() {
        Instant now = clock.instant();
        List<Approval> due = em().createQuery(
                        "SELECT a FROM Approval a WHERE a.tenantId = :tenant AND a.status = :pending"
                                + " AND a.expiresAt <= :now ORDER BY a.id",
                        Approval.class)
                .setParameter("tenant", tenant().value())
                .setParameter("pending", Approval.Status.PENDING)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        int expired = 0;
        for (Approval approval : due) {
            if (approval.expire(now)) {
                steps.fire(new ApprovalStep(
                        tenant(), SYSTEM, Step.EXPIRE, approval.id(), approval.action(), null, approval.expiresAt()));
                expired++;
            }
        }
        return expired;
    }

    private Approval find(String id, LockModeType lock) {
        Approval approval = id == null ? null : em().find(Approval.class, id, lock);
        if (approval == null || !approval.tenantId().equals(tenant().value())) {
            throw new NotFound("approval", id);
        }
        return approval;
    }

    private ApprovedAction handlerOf(String action) {
        return actions.stream()
                .filter(a -> a.action().equals(action))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no module runs approved " + action));
    }

    private static Caller requester(Approval approval) {
        Set<String> amr = approval.requesterAmr().isEmpty()
                ? Set.of()
                : Set.copyOf(Arrays.asList(approval.requesterAmr().split(" ")));
        return Caller.staff(approval.requestedBy(), new TenantId(approval.tenantId()), amr, null);
    }

    private static TenantId tenant() {
        return TenantScope.required();
    }

    private EntityManager em() {
        return data.sharedEm();
    }
}
