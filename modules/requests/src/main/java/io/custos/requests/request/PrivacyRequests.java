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
import io.custos.regions.api.PublicHolidays;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePacks;
import io.custos.regions.api.WorkingDays;
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
 * Data-subject requests: received with the due dates of the customer's rule pack (counted on the
 * working calendar of the customer's place where the pack counts business days), acknowledged,
 * stopped and restarted where the law lets the clock stop, extended once where the pack allows,
 * verified, and fulfilled in one transaction with the work they ask for.
 */
@ApplicationScoped
public class PrivacyRequests {

    static final String HANDLE = "privacy-request.handle";
    static final int ACCESS_LOG_LIMIT = 10_000;

    /** Handing over or erasing someone's data for an impostor is itself a breach. */
    static final java.util.Set<PrivacyRequest.Type> REQUIRES_VERIFIED_IDENTITY =
            java.util.EnumSet.of(PrivacyRequest.Type.ACCESS, PrivacyRequest.Type.ERASURE);

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
    PublicHolidays holidays;

    @Inject
    Archives archives;

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
        WorkingDays calendar = holidays.of(customer.country(), customer.subdivision());
        RulePack.Deadline deadline = responseDeadline(request.type(), pack);
        Instant due = pack.dueAt(deadline, receivedAt, calendar).orElseThrow();
        // the CCPA's confirmation of receipt covers requests to know, delete and correct; an opt-out is acted on
        Instant acknowledgeBy = request.type() == PrivacyRequest.Type.OPT_OUT
                ? null
                : pack.dueAt(RulePack.Deadline.DSAR_ACKNOWLEDGE, receivedAt, calendar)
                        .orElse(null);
        PrivacyRequest received = new PrivacyRequest(
                Ids.newId(),
                customer.customerId(),
                request.type(),
                request.note(),
                pack.code(),
                customer.country(),
                customer.subdivision(),
                receivedAt,
                due,
                acknowledgeBy,
                caller.staffId());
        data.em().persist(received);
        customers.activeAt(customer.customerId(), receivedAt);
        announce(
                caller,
                received,
                "receive",
                receivedAt.equals(now) ? Map.of() : Map.of("receivedAt", receivedAt.toString()));
        return received.view(now);
    }

    /** An opt-out runs on the pack's opt-out clock where it has one, every other request on the response clock. */
    private static RulePack.Deadline responseDeadline(PrivacyRequest.Type type, RulePack pack) {
        return type == PrivacyRequest.Type.OPT_OUT && pack.optOutProcessingDays() != null
                ? RulePack.Deadline.OPT_OUT_PROCESSING
                : RulePack.Deadline.DSAR_RESPONSE;
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
                case "open" -> jpql.append(" AND r.status <> :status");
                case "done" -> jpql.append(" AND r.status = :status");
                case "overdue" -> {
                    // a clock that stands still is not running late
                    parameters.put("open", PrivacyRequest.Status.OPEN);
                    parameters.put("now", now);
                    jpql.append(" AND r.status = :open");
                    jpql.append(" AND ((r.extendedDueAt IS NULL AND r.dueAt < :now) OR r.extendedDueAt < :now)");
                }
                default -> throw new InvalidInput("status", "must be open, overdue or done");
            }
            if (!status.equals("overdue")) {
                parameters.put("status", PrivacyRequest.Status.DONE);
            }
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
        // the extension runs on from the date in force, which stopped clocks may have moved
        request.extend(
                pack.dueAt(RulePack.Deadline.DSAR_EXTENSION, request.dueAt(), calendarOf(request))
                        .orElseThrow(),
                extension.reason());
        announce(caller, request, "extend", Map.of("reason", extension.reason()));
        return request.view(clock.instant());
    }

    /** Records that the requester was told their request arrived; once. */
    @Transactional
    public PrivacyRequestView acknowledge(Caller caller, String id) {
        PrivacyRequest request = notDone(id);
        if (request.acknowledged()) {
            throw new Conflict("already-acknowledged", "The request was acknowledged already");
        }
        Instant now = clock.instant();
        request.acknowledge(caller.staffId(), now);
        announce(caller, request, "acknowledge", Map.of());
        return request.view(now);
    }

    /**
     * Stops the clock while the chain waits for the requester, where the pack's law allows that
     * stop (422 where not); a clock that ran out or already stands cannot be stopped (409).
     */
    @Transactional
    public PrivacyRequestView stopClock(Caller caller, String id, NewClockStop stop) {
        PrivacyRequest request = open(id);
        RulePack pack = packs.byCode(request.packCode()).orElseThrow();
        if (!pack.allowsClockStop(RulePack.ClockStop.valueOf(stop.reason().name()))) {
            throw new Unprocessable(
                    "clock-stop-not-allowed",
                    pack.code() + " does not let a request's clock stop for " + stop.reason()
                            + " (the pack's clockStops)");
        }
        Instant now = clock.instant();
        if (!request.effectiveDueAt().isAfter(now)) {
            throw new Conflict("deadline-passed", "The request's deadline has passed; its clock can no longer stop");
        }
        request.stopClock(stop.reason(), stop.note(), caller.staffId(), now);
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("reason", stop.reason().name());
        if (stop.note() != null) {
            outcome.put("note", stop.note());
        }
        announce(caller, request, "stop-clock", outcome);
        return request.view(now);
    }

    /** Restarts a stopped clock: the due dates move by the time it stood still, on the law's calendar. */
    @Transactional
    public PrivacyRequestView resumeClock(Caller caller, String id) {
        PrivacyRequest request = find(id);
        if (!request.status().clockStopped()) {
            throw new Conflict("clock-running", "The request's clock is not stopped");
        }
        RulePack pack = packs.byCode(request.packCode()).orElseThrow();
        WorkingDays calendar = calendarOf(request);
        Instant now = clock.instant();
        Instant stoppedAt = request.clockStoppedAt();
        Instant due =
                calendar.resumed(request.dueAt(), stoppedAt, now, pack.unitOf(responseDeadline(request.type(), pack)));
        Instant extended = request.extendedDueAt() == null
                ? null
                : calendar.resumed(
                        request.extendedDueAt(), stoppedAt, now, pack.unitOf(RulePack.Deadline.DSAR_EXTENSION));
        ClockStop resumed = request.restartClock(caller.staffId(), now, due, extended);
        announce(
                caller,
                request,
                "resume-clock",
                Map.of(
                        "reason", resumed.reason().name(),
                        "stoppedAt", resumed.stoppedAt().toString(),
                        "dueBefore", resumed.dueBefore().toString()));
        return request.view(now);
    }

    /**
     * Records how the requester's identity was checked and whether it held; the latest one counts.
     * Once it held, the question is settled (409 on another check).
     */
    @Transactional
    public PrivacyRequestView verifyIdentity(Caller caller, String id, NewIdentityVerification verification) {
        PrivacyRequest request = notDone(id);
        if (request.identityVerification().map(IdentityVerification::verified).orElse(false)) {
            throw new Conflict("already-verified", "The requester's identity was verified already");
        }
        Instant now = clock.instant();
        IdentityVerification made = verification.by(caller.staffId(), now);
        request.verifyIdentity(made);
        announce(
                caller,
                request,
                "verify-identity",
                Map.of("method", made.method().name(), "result", made.result().name()));
        return request.view(now);
    }

    /**
     * Does what the request asks, in this transaction: ACCESS assembles the bundle (handed over, and
     * kept as a sealed archive for the tenant's download window), ERASURE crypto-shreds,
     * RECTIFICATION applies the changes, OPT_OUT withdraws.
     */
    @Transactional
    public PrivacyRequestView fulfil(Caller caller, String id, Fulfilment fulfilment) {
        PrivacyRequest request = open(id);
        if (REQUIRES_VERIFIED_IDENTITY.contains(request.type())
                && !request.identityVerification()
                        .map(IdentityVerification::verified)
                        .orElse(false)) {
            throw new Conflict(
                    "identity-not-verified",
                    "An " + request.type() + " request is fulfilled only after the requester's identity"
                            + " was verified successfully (identity verification)");
        }
        String customerId = request.customerId();
        Instant now = clock.instant();
        // done before the work, so that an archive lists this request as fulfilled
        request.fulfil(caller.staffId(), now);
        Map<String, Object> outcome = new LinkedHashMap<>();
        JsonObject result;
        switch (request.type()) {
            case ACCESS -> {
                Map<String, Object> bundle = new LinkedHashMap<>();
                bundle.put("customer", customers.everything(caller, customerId, HANDLE));
                bundle.put("consents", consents.historyOf(customerId));
                bundle.put("accessLog", accessHistory.of(customerId, ACCESS_LOG_LIMIT));
                bundle.put("privacyRequests", requestsOf(customerId));
                result = Json.object(bundle);
                outcome.put("delivered", List.copyOf(bundle.keySet()));
                outcome.put("archiveSha256", archives.store(caller, request, result, now));
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
        request.recordOutcome(Json.write(outcome));
        announce(caller, request, "fulfil", outcome);
        return request.view(now).withResult(result);
    }

    /** Every request the customer made, oldest first: their requests are their data too. */
    private List<PrivacyRequest.Summary> requestsOf(String customerId) {
        return data.em()
                .createQuery(
                        "SELECT r FROM PrivacyRequest r WHERE r.customerId = :customer ORDER BY r.receivedAt, r.id",
                        PrivacyRequest.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .map(PrivacyRequest::summary)
                .toList();
    }

    /** A request whose clock runs: not fulfilled, not waiting for the requester. */
    private PrivacyRequest open(String id) {
        PrivacyRequest request = notDone(id);
        if (request.status().clockStopped()) {
            throw new Conflict(
                    "clock-stopped", "The request's clock is stopped (" + request.status() + "); resume it first");
        }
        return request;
    }

    private PrivacyRequest notDone(String id) {
        PrivacyRequest request = find(id);
        if (request.status() == PrivacyRequest.Status.DONE) {
            throw new Conflict("request-closed", "The request was fulfilled already");
        }
        return request;
    }

    /** The working calendar of the place the customer lived in when the request came. */
    private WorkingDays calendarOf(PrivacyRequest request) {
        return request.placeCountry() == null
                ? WorkingDays.weekendsOnly()
                : holidays.of(request.placeCountry(), request.placeSubdivision());
    }

    PrivacyRequest find(String id) {
        PrivacyRequest request = data.em().find(PrivacyRequest.class, id);
        if (request == null) {
            throw new NotFound("privacy-request", id);
        }
        return request;
    }

    private void announce(Caller caller, PrivacyRequest request, String step, Map<String, Object> outcome) {
        changed.fire(request.changed(caller.tenantId(), caller.staffId(), step, outcome, clock.instant()));
    }
}
