package io.custos.customers.customer;

import io.custos.identity.api.People;
import io.custos.platform.access.AccessDecisions;
import io.custos.platform.access.Decision;
import io.custos.platform.access.Subject;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Why may (or may not) a staff member do something to a customer: every gate, in order. */
@Path("access/explain")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("audit.read")
public class ExplainResource {

    @Inject
    AccessDecisions decisions;

    @Inject
    Customers customers;

    @Inject
    People people;

    @Inject
    CallerContext callers;

    @GET
    @Transactional
    public DecisionView explain(
            @QueryParam("staffId") String staffId,
            @QueryParam("customerId") String customerId,
            @QueryParam("action") String action,
            @QueryParam("purpose") String purpose) {
        if (staffId == null || customerId == null || action == null) {
            throw new InvalidInput("staffId, customerId, action", "are all required");
        }
        if (!people.staffExists(staffId)) {
            throw new NotFound("staff", staffId);
        }
        var tenant = callers.staff().tenantId();
        return DecisionView.of(decisions.decide(
                Subject.withoutSession(staffId, tenant),
                action,
                customers.get(customerId).facts(tenant),
                java.util.Optional.ofNullable(purpose)));
    }

    /** The decision as the API shows it (the schema AccessDecision), every gate's words written out. */
    public record DecisionView(boolean allowed, String action, List<GateView> gates) {

        static DecisionView of(Decision decision) {
            return new DecisionView(
                    decision.allowed(),
                    decision.action(),
                    decision.gates().stream()
                            .map(g -> new GateView(g.gate(), g.passed(), g.detail()))
                            .toList());
        }
    }

    public record GateView(String gate, boolean passed, String detail) {}
}
