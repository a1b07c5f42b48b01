package io.custos.consent.segment;

import io.custos.consent.api.SegmentQueried;
import io.custos.consent.lawfulness.LawfulClause;
import io.custos.consent.ledger.ConsentState;
import io.custos.consent.purpose.BuiltInPurpose;
import io.custos.consent.purpose.Purposes;
import io.custos.customers.api.CustomerRecords;
import io.custos.platform.access.AccessDecisions;
import io.custos.platform.access.Gates;
import io.custos.platform.access.ListLimits;
import io.custos.platform.access.Subject;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePacks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consent-aware segments: one SQL query selects the customers inside the caller's reach, lawful
 * for the purpose under their own rule pack (opt-in, opt-out, GPC, minors: the lawfulness kept per
 * customer, {@code JudgedSubjects}) and reachable from the caller's country (residency). Nothing is filtered in memory; a page's contact fields are then
 * read by id.
 */
@ApplicationScoped
public class Segments {

    static final String QUERY = "segments.query";
    static final String EXPORT = "customer.export";

    @Inject
    TenantData data;

    @Inject
    AccessDecisions decisions;

    @Inject
    Gates.ResidencyGate residency;

    @Inject
    Purposes purposes;

    @Inject
    RulePacks packs;

    @Inject
    CustomerRecords customers;

    @Inject
    Event<SegmentQueried> queried;

    @Inject
    Clock clock;

    @Transactional
    public Page<CustomerRecords.Contact> query(Caller caller, SegmentQuery query, PageRequest request) {
        List<String> ids = ids(caller, query, QUERY, request.after(), request.probeSize());
        Page<String> page = Page.of(ids, request, id -> id, id -> id);
        queried.fire(new SegmentQueried(
                caller.tenantId(),
                caller.staffId(),
                query.purpose(),
                "query",
                filters(query),
                page.items().size(),
                page.items(),
                clock.instant()));
        return new Page<>(customers.contacts(page.items()), page.nextCursor());
    }

    @Transactional
    public long count(Caller caller, SegmentQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Optional<String> where = where(caller, query, QUERY, parameters);
        long count = 0;
        if (where.isPresent()) {
            TypedQuery<Long> counting =
                    data.em().createQuery("SELECT COUNT(s) FROM ConsentSubject s WHERE " + where.get(), Long.class);
            parameters.forEach(counting::setParameter);
            count = counting.getSingleResult();
        }
        queried.fire(new SegmentQueried(
                caller.tenantId(),
                caller.staffId(),
                query.purpose(),
                "count",
                filters(query),
                count,
                List.of(),
                clock.instant()));
        return count;
    }

    /** Records an export before it streams; the pages then follow with {@link #exportPage}. */
    @Transactional
    public void recordExport(Caller caller, SegmentQuery query) {
        purposes.requireKnown("purpose", query.purpose());
        queried.fire(new SegmentQueried(
                caller.tenantId(),
                caller.staffId(),
                query.purpose(),
                "export",
                filters(query),
                SegmentQueried.STREAMED,
                List.of(),
                clock.instant()));
    }

    /** One page of an export: the contacts after {@code after}, in id order, and where the next starts. */
    @Transactional
    public ExportPage exportPage(Caller caller, SegmentQuery query, String after, int size) {
        List<String> ids = ids(caller, query, EXPORT, after, size);
        if (!ids.isEmpty()) {
            queried.fire(new SegmentQueried(
                    caller.tenantId(),
                    caller.staffId(),
                    query.purpose(),
                    "export-page",
                    filters(query),
                    ids.size(),
                    ids,
                    clock.instant()));
        }
        return new ExportPage(customers.contacts(ids), ids.isEmpty() ? null : ids.get(ids.size() - 1));
    }

    /** A page of an export; {@code last} is null after the end. */
    public record ExportPage(List<CustomerRecords.Contact> contacts, String last) {}

    private List<String> ids(Caller caller, SegmentQuery query, String permission, String after, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Optional<String> where = where(caller, query, permission, parameters);
        if (where.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT s.customerId FROM ConsentSubject s WHERE ").append(where.get());
        if (after != null) {
            jpql.append(" AND s.customerId > :after");
            parameters.put("after", after);
        }
        TypedQuery<String> select =
                data.em().createQuery(jpql.append(" ORDER BY s.customerId").toString(), String.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(size).getResultList();
    }

    /** The whole condition, or empty when the caller reaches no customer at all. */
    private Optional<String> where(
            Caller caller, SegmentQuery query, String permission, Map<String, Object> parameters) {
        purposes.requireKnown("purpose", query.purpose());
        ListLimits limits = decisions.limits(Subject.of(caller), permission);
        if (limits.none()) {
            return Optional.empty();
        }
        StringBuilder where = new StringBuilder("s.status = 'ACTIVE'");
        // reach and training per pack as every list applies them; residency below, with consent
        new ListLimits(limits.reach(), limits.basedIn(), java.util.Set.of(), limits.untrained())
                .clause("s", caller.staffId(), parameters)
                .ifPresent(clause -> where.append(" AND ").append(clause));
        SegmentQuery.Filters filters = query.filtersOrNone();
        if (filters.country() != null) {
            where.append(" AND s.country = :country");
            parameters.put("country", filters.country());
        }
        if (filters.storeId() != null) {
            where.append(" AND s.storeId = :store");
            parameters.put("store", filters.storeId());
        }
        if (filters.regionId() != null) {
            where.append(" AND s.regionId = :region");
            parameters.put("region", filters.regionId());
        }
        List<RulePack> all = packs.all();
        LocalDate today = LocalDate.now(clock);
        where.append(" AND ")
                .append(LawfulClause.maintained(
                        "p", purposes.bitOf("purpose", query.purpose()), all, today, parameters));
        java.util.Set<String> stopped = residency.packsStoppedByVolume();
        List<RulePack> open =
                all.stream().filter(p -> !stopped.contains(p.code())).toList();
        where.append(" AND ").append(residency(limits.basedIn(), open, parameters));
        return Optional.of(where.toString());
    }

    /**
     * Residency, as the residency gate decides it: customers of the caller's own country, or of
     * packs that let data go (freely or under safeguards), or of packs that ask for consent to the
     * transfer when the customer gave it; never of a pack that keeps data in its country, nor
     * (left out of {@code open}) of one whose transfers stopped this year for their volume.
     */
    private static String residency(Optional<String> home, List<RulePack> open, Map<String, Object> parameters) {
        if (home.isEmpty()) {
            return "(1 = 0)";
        }
        parameters.put("home", home.get());
        List<String> conditions = new ArrayList<>(List.of("s.country = :home"));
        List<String> free = codes(open, RulePack.CrossBorder.FREE, RulePack.CrossBorder.SAFEGUARDS);
        if (!free.isEmpty()) {
            conditions.add("s.packCode IN :transferFree");
            parameters.put("transferFree", free);
        }
        List<String> consent = codes(open, RulePack.CrossBorder.CONSENT_OR_ASSESSMENT);
        if (!consent.isEmpty()) {
            conditions.add(
                    "(s.packCode IN :transferConsent AND EXISTS (SELECT c.id FROM CurrentConsent c"
                            + " WHERE c.customerId = s.customerId AND c.purpose = :transferPurpose AND c.state = :transferGranted))");
            parameters.put("transferConsent", consent);
            parameters.put("transferPurpose", BuiltInPurpose.CROSS_BORDER_TRANSFER.name());
            parameters.put("transferGranted", ConsentState.GRANTED);
        }
        return "(" + String.join(" OR ", conditions) + ")";
    }

    private static List<String> codes(List<RulePack> all, RulePack.CrossBorder... regimes) {
        List<RulePack.CrossBorder> wanted = List.of(regimes);
        return all.stream()
                .filter(p -> wanted.contains(p.crossBorder()))
                .map(RulePack::code)
                .toList();
    }

    private static Map<String, String> filters(SegmentQuery query) {
        Map<String, String> filters = new LinkedHashMap<>();
        SegmentQuery.Filters given = query.filtersOrNone();
        if (given.country() != null) {
            filters.put("country", given.country());
        }
        if (given.storeId() != null) {
            filters.put("storeId", given.storeId());
        }
        if (given.regionId() != null) {
            filters.put("regionId", given.regionId());
        }
        return filters;
    }
}
