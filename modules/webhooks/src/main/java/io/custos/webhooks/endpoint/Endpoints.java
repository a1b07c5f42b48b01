package io.custos.webhooks.endpoint;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.versioning.Versioned;
import io.custos.platform.versioning.Versions;
import io.custos.webhooks.api.WebhookEndpointChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bound tenant's webhook endpoints: each change audited with what it changed. */
@ApplicationScoped
public class Endpoints {

    /** How long a rotated-out secret keeps signing beside the new one, for receivers to switch. */
    static final Duration ROTATION_GRACE = Duration.ofHours(24);

    @Inject
    TenantData data;

    @Inject
    Destinations destinations;

    @Inject
    WebhookSecrets secrets;

    @Inject
    Event<WebhookEndpointChanged> changed;

    @Inject
    Clock clock;

    /** A versioned endpoint, for the ETag. */
    public Endpoint get(String id) {
        Endpoint endpoint = id == null ? null : data.em().find(Endpoint.class, id);
        if (endpoint == null) {
            throw new NotFound("webhook", id);
        }
        return endpoint;
    }

    /** The enabled endpoints that take {@code type}. */
    public List<Endpoint> wanting(EventType type) {
        return data.em()
                .createQuery("SELECT e FROM Endpoint e WHERE e.enabled = TRUE ORDER BY e.id", Endpoint.class)
                .getResultStream()
                .filter(e -> e.wants(type))
                .toList();
    }

    @Transactional
    public NewSecret create(Caller caller, NewEndpoint request) {
        destinations.check(request.url());
        Set<EventType> types = types(request.eventTypes());
        Instant now = clock.instant();
        String id = Endpoint.newId();
        String secret = secrets.generate();
        Endpoint endpoint = new Endpoint(id, request.url(), request.description(), types, caller.staffId(), now);
        endpoint.useSecret(secrets.seal(id, secret));
        data.em().persist(endpoint);
        announce(caller, endpoint, "create", described(endpoint));
        return new NewSecret(EndpointView.of(endpoint, now), secret, null);
    }

    @Transactional
    public Versioned<EndpointView> view(String id) {
        Endpoint endpoint = get(id);
        return new Versioned<>(EndpointView.of(endpoint, clock.instant()), endpoint.version());
    }

    @Transactional
    public Page<EndpointView> page(PageRequest request) {
        TypedQuery<Endpoint> query = request.after() == null
                ? data.em().createQuery("SELECT e FROM Endpoint e ORDER BY e.id", Endpoint.class)
                : data.em()
                        .createQuery("SELECT e FROM Endpoint e WHERE e.id > :after ORDER BY e.id", Endpoint.class)
                        .setParameter("after", request.after());
        Instant now = clock.instant();
        return Page.of(
                query.setMaxResults(request.probeSize()).getResultList(),
                request,
                Endpoint::id,
                e -> EndpointView.of(e, now));
    }

    @Transactional
    public Versioned<EndpointView> change(Caller caller, String id, String ifMatch, EndpointChange request) {
        Endpoint endpoint = locked(id);
        Versions.requireMatch(ifMatch, endpoint.version());
        if (request.url() != null) {
            destinations.check(request.url());
        }
        Set<EventType> types = request.eventTypes() == null ? null : types(request.eventTypes());
        Map<String, Object> before = described(endpoint);
        endpoint.change(request.url(), request.description(), types);
        Map<String, Object> after = described(endpoint);
        if (!before.equals(after)) {
            data.em().flush(); // the new version, for the ETag
            announce(caller, endpoint, "update", after);
        }
        return new Versioned<>(EndpointView.of(endpoint, clock.instant()), endpoint.version());
    }

    @Transactional
    public void delete(Caller caller, String id) {
        Endpoint endpoint = locked(id);
        announce(caller, endpoint, "delete", Map.of("url", endpoint.url()));
        data.em().remove(endpoint);
    }

    /** A new secret; the old one keeps signing beside it for {@link #ROTATION_GRACE}. */
    @Transactional
    public NewSecret rotateSecret(Caller caller, String id) {
        Endpoint endpoint = locked(id);
        Instant now = clock.instant();
        Instant graceEnds = now.plus(ROTATION_GRACE);
        String secret = secrets.generate();
        endpoint.rotate(secrets.seal(endpoint.id(), secret), endpoint.secretSealed(), graceEnds);
        data.em().flush();
        announce(caller, endpoint, "rotate-secret", Map.of("previousSecretValidUntil", graceEnds.toString()));
        return new NewSecret(EndpointView.of(endpoint, now), secret, graceEnds);
    }

    /** Takes a disabled endpoint back into delivery, with its count of failures cleared. */
    @Transactional
    public Versioned<EndpointView> enable(Caller caller, String id) {
        Endpoint endpoint = locked(id);
        endpoint.enable();
        data.em().flush();
        announce(caller, endpoint, "enable", Map.of());
        return new Versioned<>(EndpointView.of(endpoint, clock.instant()), endpoint.version());
    }

    private Endpoint locked(String id) {
        Endpoint endpoint = get(id);
        data.em().lock(endpoint, LockModeType.PESSIMISTIC_WRITE);
        return endpoint;
    }

    private static Set<EventType> types(List<String> codes) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            int index = i;
            types.add(EventType.byCode(code)
                    .orElseThrow(() -> new InvalidInput(
                            "eventTypes[" + index + "]", "is not an event type (known: " + EventType.known() + ")")));
        }
        return types;
    }

    private static Map<String, Object> described(Endpoint endpoint) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("url", endpoint.url());
        details.put("description", String.valueOf(endpoint.description()));
        details.put(
                "eventTypes",
                endpoint.eventTypes().stream().map(EventType::code).toList());
        return details;
    }

    private void announce(Caller caller, Endpoint endpoint, String step, Map<String, Object> details) {
        changed.fire(new WebhookEndpointChanged(
                caller.tenantId(), caller.staffId(), endpoint.id(), step, details, clock.instant()));
    }
}
