package io.custos.regions.transfer;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.regions.api.RulePacks;
import io.custos.regions.api.TransferSafeguardRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The bound tenant's transfer safeguards: recorded, listed, and the one in force for a pack. */
@ApplicationScoped
public class Safeguards {

    @Inject
    TenantData data;

    @Inject
    RulePacks packs;

    @Inject
    Event<TransferSafeguardRecorded> recorded;

    @Inject
    Clock clock;

    @Transactional
    public SafeguardView record(Caller caller, NewSafeguard request) {
        if (packs.byCode(request.pack()).isEmpty()) {
            throw new InvalidInput("pack", "no rule pack has the code '" + request.pack() + "'");
        }
        if (request.validUntil() != null && request.validUntil().isBefore(request.validFrom())) {
            throw new InvalidInput("validUntil", "must not be before validFrom");
        }
        Instant now = clock.instant();
        Safeguard safeguard = new Safeguard(
                request.pack(),
                request.kind(),
                request.validFrom(),
                request.validUntil(),
                request.reference(),
                caller.staffId(),
                now);
        data.em().persist(safeguard);
        recorded.fire(new TransferSafeguardRecorded(
                caller.tenantId(),
                caller.staffId(),
                safeguard.id(),
                safeguard.packCode(),
                safeguard.kind().name(),
                safeguard.validFrom(),
                safeguard.validUntil(),
                safeguard.reference(),
                now));
        return SafeguardView.of(safeguard);
    }

    @Transactional
    public SafeguardView view(String id) {
        return Optional.ofNullable(data.em().find(Safeguard.class, id))
                .map(SafeguardView::of)
                .orElseThrow(() -> new NotFound("transfer safeguard", id));
    }

    @Transactional
    public Page<SafeguardView> page(PageRequest request) {
        TypedQuery<Safeguard> query = request.after() == null
                ? data.em().createQuery("SELECT s FROM Safeguard s ORDER BY s.id", Safeguard.class)
                : data.em()
                        .createQuery("SELECT s FROM Safeguard s WHERE s.id > :after ORDER BY s.id", Safeguard.class)
                        .setParameter("after", request.after());
        return Page.of(
                query.setMaxResults(request.probeSize()).getResultList(), request, Safeguard::id, SafeguardView::of);
    }

    /** A safeguard for the pack's transfers in force on {@code day}, if the tenant has one. */
    @Transactional
    public Optional<Safeguard> inForce(String pack, LocalDate day) {
        return data.em()
                .createQuery(
                        "SELECT s FROM Safeguard s WHERE s.packCode = :pack AND s.validFrom <= :day"
                                + " AND (s.validUntil IS NULL OR s.validUntil >= :day) ORDER BY s.validFrom DESC",
                        Safeguard.class)
                .setParameter("pack", pack)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
