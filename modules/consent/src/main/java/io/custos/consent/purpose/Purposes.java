package io.custos.consent.purpose;

import io.custos.consent.api.PurposeCreated;
import io.custos.platform.access.TenantRules;
import io.custos.platform.access.TenantRulesChanged;
import io.custos.platform.id.Ids;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Unprocessable;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.transaction.ConcurrentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The bound tenant's purpose catalogue: the built-in purposes and the tenant's own. */
@ApplicationScoped
public class Purposes {

    private static final String BITS = "consent-purposes";

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    Event<PurposeCreated> created;

    @Inject
    Event<TenantRulesChanged> rulesChanged;

    @Inject
    TenantRules tenantRules;

    @Transactional
    public List<PurposeView> all() {
        List<PurposeView> all = new ArrayList<>();
        Arrays.stream(BuiltInPurpose.values())
                .map(p -> new PurposeView(p.name(), p.description(), null, true))
                .forEach(all::add);
        data.em()
                .createQuery("SELECT p FROM Purpose p ORDER BY p.code", Purpose.class)
                .getResultStream()
                .map(Purpose::view)
                .forEach(all::add);
        return all;
    }

    /** The built-in purpose whose lawful basis applies, if any (else the purpose is opt-in everywhere). */
    public Optional<BuiltInPurpose> basisOf(String code) {
        Optional<BuiltInPurpose> builtIn = BuiltInPurpose.of(code);
        if (builtIn.isPresent()) {
            return builtIn;
        }
        return bit(code).flatMap(PurposeBit::basisOf);
    }

    /**
     * Every purpose of the tenant with its bit in the lawfulness kept per customer. Every consent
     * decision and every new customer asks; purposes are only ever added: kept across requests
     * under the tenant's context version, which a new purpose moves (#18).
     */
    public List<PurposeBit> bits() {
        return tenantRules.get(BITS, this::readBits);
    }

    private List<PurposeBit> readBits() {
        List<PurposeBit> all = new ArrayList<>();
        Arrays.stream(BuiltInPurpose.values())
                .map(p -> new PurposeBit(p.name(), p.bit(), Optional.of(p)))
                .forEach(all::add);
        data.em()
                .createQuery("SELECT p FROM Purpose p ORDER BY p.code", Purpose.class)
                .getResultStream()
                .map(Purpose::bit)
                .forEach(all::add);
        return List.copyOf(all);
    }

    private Optional<PurposeBit> bit(String code) {
        for (PurposeBit bit : bits()) {
            if (bit.code().equals(code)) {
                return Optional.of(bit);
            }
        }
        return Optional.empty();
    }

    /** The purpose's bit and basis; 400 (naming {@code field}) for a purpose the tenant does not have. */
    public PurposeBit bitOf(String field, String code) {
        Optional<BuiltInPurpose> builtIn = BuiltInPurpose.of(code);
        if (builtIn.isPresent()) {
            return new PurposeBit(code, builtIn.get().bit(), builtIn);
        }
        return bit(code).orElseThrow(() -> unknown(field));
    }

    public boolean exists(String code) {
        return BuiltInPurpose.of(code).isPresent() || bit(code).isPresent();
    }

    /** Refuses (400, naming {@code field}) a purpose the tenant does not have. */
    public void requireKnown(String field, String code) {
        if (!exists(code)) {
            throw unknown(field);
        }
    }

    private static InvalidInput unknown(String field) {
        return new InvalidInput(field, "is not a purpose of this tenant (GET /api/v1/purposes lists them)");
    }

    /**
     * The next free bit (purposes are never deleted, so a bit is never reused); a purpose made at the
     * same moment takes the same one and the unique key sends this request round again.
     */
    private int nextBit() {
        Integer highest = data.em()
                .createQuery("SELECT MAX(p.lawfulBit) FROM Purpose p", Integer.class)
                .getSingleResult();
        int next = highest == null ? BuiltInPurpose.FIRST_TENANT_BIT : highest + 1;
        if (next >= PurposeBit.BITS) {
            throw new Unprocessable(
                    "too-many-purposes",
                    "a tenant has at most " + (PurposeBit.BITS - BuiltInPurpose.FIRST_TENANT_BIT)
                            + " purposes of its own");
        }
        return next;
    }

    private Optional<Purpose> own(String code) {
        return data.em()
                .createQuery("SELECT p FROM Purpose p WHERE p.code = :code", Purpose.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public PurposeView create(Caller caller, NewPurpose request) {
        if (request.follows() != null && BuiltInPurpose.of(request.follows()).isEmpty()) {
            throw new InvalidInput(
                    "follows", "must name a built-in purpose: " + Arrays.toString(BuiltInPurpose.values()));
        }
        if (BuiltInPurpose.of(request.code()).isPresent() || own(request.code()).isPresent()) {
            throw new Conflict("purpose-exists", "A purpose with code " + request.code() + " exists");
        }
        Instant now = clock.instant();
        Purpose purpose =
                new Purpose(Ids.newId(), request.code(), request.description(), request.follows(), nextBit(), now);
        try {
            data.em().persist(purpose);
            data.em().flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "ux_consent_purpose_code")) {
                throw new Conflict("purpose-exists", "A purpose with code " + request.code() + " exists");
            }
            if (Constraints.isDuplicateOf(e, "ux_consent_purpose_bit")) {
                throw new ConcurrentChange("the purposes of this tenant");
            }
            throw e;
        }
        // first, so that what PurposeCreated's observers ask of the purposes includes this one
        rulesChanged.fire(new TenantRulesChanged(caller.tenantId(), BITS));
        created.fire(new PurposeCreated(caller.tenantId(), caller.staffId(), request.code(), request.follows(), now));
        return purpose.view();
    }
}
