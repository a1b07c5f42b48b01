package io.custos.training.assignment;

import io.custos.identity.api.People;
import io.custos.platform.tenancy.TenantData;
import io.custos.regions.api.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Records each assignment's periods in the transaction that creates, renews, moves or removes it,
 * so the monthly reports count past months as they were (an assignment's row is deleted when it
 * is withdrawn; its periods stay).
 */
@ApplicationScoped
public class AssignmentHistory {

    @Inject
    TenantData data;

    @Inject
    People people;

    @Inject
    StoreDirectory stores;

    void started(Assignment assignment, Instant now) {
        data.em().persist(new AssignmentPeriod(assignment, homeOf(assignment.staffId()), now));
    }

    void ended(Assignment assignment, Instant now) {
        openOf(assignment).forEach(p -> p.end(now));
    }

    /** A new due date starts a new period: the months before keep the due date they had. */
    void renewed(Assignment assignment, Instant now) {
        ended(assignment, now);
        started(assignment, now);
    }

    /** The staff member's open periods follow a change of home store from now on. */
    void followHome(String staffId, Instant now) {
        AssignmentPeriod.Home home = homeOf(staffId);
        data.em()
                .createQuery(
                        "SELECT p FROM AssignmentPeriod p WHERE p.staffId = :staff AND p.endedAt IS NULL",
                        AssignmentPeriod.class)
                .setParameter("staff", staffId)
                .getResultStream()
                .filter(p -> !p.isAt(home))
                .toList()
                .forEach(p -> {
                    Assignment assignment = data.em().find(Assignment.class, p.assignmentId());
                    p.end(now);
                    if (assignment != null) {
                        started(assignment, now);
                    }
                });
    }

    /** Every period open at some time after {@code from}, oldest first. */
    public List<AssignmentPeriod> openAfter(Instant from) {
        return data.em()
                .createQuery(
                        "SELECT p FROM AssignmentPeriod p WHERE p.endedAt IS NULL OR p.endedAt > :from"
                                + " ORDER BY p.startedAt, p.id",
                        AssignmentPeriod.class)
                .setParameter("from", from)
                .getResultList();
    }

    private List<AssignmentPeriod> openOf(Assignment assignment) {
        return data.em()
                .createQuery(
                        "SELECT p FROM AssignmentPeriod p WHERE p.assignmentId = :assignment AND p.endedAt IS NULL",
                        AssignmentPeriod.class)
                .setParameter("assignment", assignment.id())
                .getResultList();
    }

    private AssignmentPeriod.Home homeOf(String staffId) {
        return people.homeStoreOf(staffId)
                .map(store -> new AssignmentPeriod.Home(
                        store,
                        stores.store(store)
                                .map(StoreDirectory.StoreFacts::regionId)
                                .orElse(null)))
                .orElse(new AssignmentPeriod.Home(null, null));
    }
}
