package io.custos.customers.access;

import io.custos.customers.api.CustomerAccessed;
import io.custos.platform.access.AccessDecisions;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.Decision;
import io.custos.platform.access.GateOutcome;
import io.custos.platform.access.Subject;
import io.custos.platform.problem.Forbidden;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Decides access to a customer and records it. An allowed access is recorded in the work's own
 * transaction; a refusal in a transaction of its own, because the refused request rolls back and
 * the attempt must stay on the trail.
 */
@ApplicationScoped
public class CustomerAccess {

    @Inject
    AccessDecisions decisions;

    @Inject
    Event<CustomerAccessed> accessed;

    @Inject
    Clock clock;

    @Inject
    Refusals refusals;

    /** Allows or throws 403 naming the refusing gate; both outcomes are recorded. */
    public Decision require(Caller caller, String action, CustomerFacts customer, List<String> fields) {
        return requireAll(caller, customer, Map.of(action, fields)).get(0);
    }

    /** Decides every action first, then records: all allowed, or the first refusal (and throws 403). */
    public List<Decision> requireAll(Caller caller, CustomerFacts customer, Map<String, List<String>> actions) {
        List<Decision> taken = actions.keySet().stream()
                .map(action -> decide(caller, action, customer))
                .toList();
        for (Decision decision : taken) {
            if (!decision.allowed()) {
                throw refused(caller, customer.customerId(), decision);
            }
        }
        Instant now = clock.instant();
        taken.forEach(decision -> accessed.fire(new CustomerAccessed(
                caller.tenantId(),
                caller.staffId(),
                customer.customerId(),
                decision,
                actions.get(decision.action()),
                now)));
        return taken;
    }

    /**
     * Decides {@code action} (403 if refused, recorded) and, with it, {@code further}, which releases
     * more fields (a read and its sensitive fields): one audit entry lists both decisions and the
     * fields released. Answers whether {@code further} was allowed; its refusal masks, not refuses.
     */
    public boolean requireReleasing(
            Caller caller,
            CustomerFacts customer,
            String action,
            List<String> fields,
            String further,
            List<String> furtherFields) {
        Subject subject = Subject.of(caller);
        Decision decision = decisions.decide(subject, action, customer);
        if (!decision.allowed()) {
            throw refused(caller, customer.customerId(), decision);
        }
        Decision more = decisions.decide(subject, further, customer);
        List<String> released = more.allowed()
                ? java.util.stream.Stream.concat(fields.stream(), furtherFields.stream())
                        .toList()
                : fields;
        accessed.fire(new CustomerAccessed(
                caller.tenantId(),
                caller.staffId(),
                customer.customerId(),
                decision,
                released,
                clock.instant(),
                List.of(more)));
        return more.allowed();
    }

    /**
     * Staff pass the six gates; a data subject in a self-service session holds no grant, and may act
     * on their own record only (a privacy centre files their requests and records their consents).
     */
    private Decision decide(Caller caller, String action, CustomerFacts customer) {
        if (!caller.isDataSubject()) {
            return decisions.decide(Subject.of(caller), action, customer);
        }
        boolean sameTenant = caller.tenantId().equals(customer.tenantId());
        boolean own = sameTenant && caller.staffId().equals(customer.customerId());
        return new Decision(
                own,
                action,
                List.of(
                        sameTenant
                                ? GateOutcome.pass(GateOutcome.TENANT, "the customer of the store chain")
                                : GateOutcome.fail(GateOutcome.TENANT, "the customer belongs to another store chain"),
                        own
                                ? GateOutcome.pass(GateOutcome.GRANT, "the customer acting on their own record")
                                : GateOutcome.fail(GateOutcome.GRANT, "a customer may act on their own record only")));
    }

    /** Whether the action would be allowed, without recording (used to mask fields). */
    public boolean permits(Caller caller, String action, CustomerFacts customer) {
        return decisions.decide(Subject.of(caller), action, customer).allowed();
    }

    /**
     * Records a refusal at once, in a transaction of its own (the refused work rolls back), and
     * answers the 403 that names the refusing gate.
     */
    private Forbidden refused(Caller caller, String customerId, Decision decision) {
        refusals.record(caller, customerId, decision);
        GateOutcome gate = decision.refusal().orElseThrow();
        return new Forbidden(gate.gate(), gate.detail());
    }

    /** Records refusals in their own transaction. */
    @ApplicationScoped
    public static class Refusals {
        @Inject
        Event<CustomerAccessed> accessed;

        @Inject
        Clock clock;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void record(Caller caller, String customerId, Decision decision) {
            TenantScope.run(
                    caller.tenantId(),
                    () -> accessed.fire(new CustomerAccessed(
                            caller.tenantId(), caller.staffId(), customerId, decision, List.of(), clock.instant())));
        }
    }
}
