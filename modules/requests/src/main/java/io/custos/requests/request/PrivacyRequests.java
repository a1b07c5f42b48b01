package io.custos.requests.request;

import io.custos.consent.api.ConsentLedgers;
import io.custos.customers.api.CustomerRecords;
import io.custos.platform.access.AccessHistory;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.id.Ids;
import io.custos.platform.json.Json;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.problem.Unprocessable;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePacks;
import io.custos.requests.api.PrivacyRequestChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data-subject requests: received with the due date of the customer's rule pack, extended once
 * where the pack allows, fulfilled in one transaction with the work they ask for.
 */
@ApplicationScoped
public class PrivacyRequests {

    static final String HANDLE = "privacy-request.handle";
    static final int ACCESS_LOG_LIMIT = 10_000;

    /** No law's clock runs longer than a year from receipt, extensions included. */
    static final Duration LATEST_LOGGING = Duration.ofDays(366);

    @Inject
    TenantData data;

    @Inject
    CustomerRecords customers;

    @Inject
    ConsentLedgers consents;

    @Inject
    AccessHistory accessHistory;

    @Inject
    RulePacks packs;

    @Inject
    Event<PrivacyRequestChanged> changed;

    @Inject
    Clock clock;

    @Transactional
    public PrivacyRequestView receive(Caller caller, NewPrivacyRequest request) {
        CustomerFacts customer = customers.require(caller, request.customerId(), HANDLE, List.of());
        RulePack pack = packs.governing(customer.country(), customer.subdivision());
        Instant now = clock.instant();
        Instant receivedAt = receivedAt(request, now);
        Instant due = request.type() == PrivacyRequest.Type.OPT_OUT && pack.optOutProcessingDays() != null
                ? receivedAt.plus(Duration.ofDays(pack.optOutProcessingDays()))
                : pack.dsarDueAt(receivedAt);
        PrivacyRequest received = new PrivacyRequest(
                Ids.newId(),
                customer.customerId(),
                request.type(),
                request.note(),
                pack.code(),
                receivedAt,
                due,
                caller.staffId());
        data.em().persist(received);
        announce(
                caller,
                received,
                "receive",
                receivedAt.equals(now) ? Map.of() : Map.of("receivedAt", receivedAt.toString()));
        return received.view(now);
    }

    /** Receipt lies in the past, within {@link #LATEST_LOGGING} of now; a future receipt is a typo. */
    private static Instant receivedAt(NewPrivacyRequest request, Instant now) {
        Instant receivedAt = request.receivedAt();
        if (receivedAt == null) {
            return now;
        }
        if (receivedAt.isAfter(now)) {
            throw new InvalidInput("receivedAt", "must not be in the future");
        }
        if (receivedAt.isBefore(now.minus(LATEST_LOGGING))) {
            throw new InvalidInput("receivedAt", "must lie within the last " + LATEST_LOGGING.toDays() + " days");
        }
        return receivedAt;
    }

    @Transactional
    public PrivacyRequestView get(String id) {
        return find(id).view(clock.instant());
    }

    /** {@code open}, {@code overdue} (open past the date in force) or {@code done}; all when null. */
    @Transactional
    public Page<PrivacyRequestView> list(String status, PageRequest request) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM PrivacyRequest r WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        Instant now = clock.instant();
        if (status != null) {
            switch (status) {
                case "open" -> parameters.put("status", PrivacyRequest.Status.OPEN);
                case "done" -> parameters.put("status", PrivacyRequest.Status.DONE);
                case "overdue" -> {
                    parameters.put("status", PrivacyRequest.Status.OPEN);
                    parameters.put("now", now);
                    jpql.append(" AND ((r.extendedDueAt IS NULL AND r.dueAt < :now) OR r.extendedDueAt < :now)");
                }
                default -> throw new InvalidInput("status", "must be open, overdue or done");
            }
            jpql.append(" AND r.status = :status");
        }
        if (request.after() != null) {
            jpql.append(" AND r.id > :after");
            parameters.put("after", request.after());
        }
        TypedQuery<PrivacyRequest> query =
                data.em().createQuery(jpql.append(" ORDER BY r.id").toString(), PrivacyRequest.class);
        parameters.forEach(query::setParameter);
        return Page.of(
                query.setMaxResults(request.probeSize()).getResultList(),
                request,
                PrivacyRequest::id,
                r -> r.view(now));
    }

    /** Takes the extension the pack allows, once, for an open request; 422 where there is none. */
    @Transactional
    public PrivacyRequestView extend(Caller caller, String id, Extension extension) {
        PrivacyRequest request = open(id);
        if (request.extended()) {
            throw new Conflict("already-extended", "The request was extended already; a pack allows one extension");
        }
        RulePack pack = packs.byCode(request.packCode()).orElseThrow();
        if (request.type() == PrivacyRequest.Type.OPT_OUT
                || pack.dsarExtensionDays() == null
                || pack.dsarExtensionDays() == 0) {
            throw new Unprocessable(
                    "no-extension", pack.code() + " allows no extension for a " + request.type() + " request");
        }
        request.extend(pack.dsarExtendedDueAt(request.receivedAt()), extension.reason());
        announce(caller, request, "extend", Map.of("reason", extension.reason()));
        return request.view(clock.instant());
    }

    /**
     * Does what the request asks, in this transaction: ACCESS assembles the bundle (handed over,
     * not stored), ERASURE crypto-shreds, RECTIFICATION applies the changes, OPT_OUT withdraws.
     */
    @Transactional
    public PrivacyRequestView fulfil(Caller caller, String id, Fulfilment fulfilment) {
        PrivacyRequest request = open(id);
        String customerId = request.customerId();
        Map<String, Object> outcome = new LinkedHashMap<>();
        JsonObject result;
        switch (request.type()) {
            case ACCESS -> {
                Map<String, Object> bundle = new LinkedHashMap<>();
                bundle.put("customer", customers.everything(caller, customerId, HANDLE));
                bundle.put("consents", consents.historyOf(customerId));
                bundle.put("accessLog", accessHistory.of(customerId, ACCESS_LOG_LIMIT));
                result = Json.object(bundle);
                outcome.put("delivered", List.of("customer", "consents", "accessLog"));
            }
            case ERASURE -> {
                customers.erase(caller, customerId, HANDLE);
                outcome.put("erased", true);
                result = Json.object(outcome);
            }
            case RECTIFICATION -> {
                if (fulfilment.changes() == null || fulfilment.changes().isEmpty()) {
                    throw new InvalidInput("changes", "a rectification needs the corrected fields");
                }
                customers.rectify(caller, customerId, HANDLE, fulfilment.changes());
                outcome.put("rectified", List.copyOf(fulfilment.changes().keySet()));
                result = Json.object(outcome);
            }
            case OPT_OUT -> {
                customers.require(caller, customerId, HANDLE, List.of("consents"));
                List<String> purposes = fulfilment.purposes() == null ? List.of() : fulfilment.purposes();
                outcome.put("withdrawn", consents.withdrawAll(caller, customerId, purposes, "privacy request " + id));
                result = Json.object(outcome);
            }
            default -> throw new IllegalStateException("unknown request type " + request.type());
        }
        Instant now = clock.instant();
        request.fulfil(caller.staffId(), now, Json.write(outcome));
        announce(caller, request, "fulfil", outcome);
        return request.view(now).withResult(result);
    }

    private PrivacyRequest open(String id) {
        PrivacyRequest request = find(id);
        if (request.status() != PrivacyRequest.Status.OPEN) {
            throw new Conflict("request-closed", "The request was fulfilled already");
        }
        return request;
    }

    private PrivacyRequest find(String id) {
        PrivacyRequest request = data.em().find(PrivacyRequest.class, id);
        if (request == null) {
            throw new NotFound("privacy-request", id);
        }
        return request;
    }

    private void announce(Caller caller, PrivacyRequest request, String step, Map<String, Object> outcome) {
        changed.fire(new PrivacyRequestChanged(
                caller.tenantId(),
                caller.staffId(),
                request.id(),
                step,
                request.type().name(),
                request.customerId(),
                request.effectiveDueAt(),
                outcome,
                clock.instant()));
    }
}
