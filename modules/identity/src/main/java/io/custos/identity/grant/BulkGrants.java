package io.custos.identity.grant;

import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Unprocessable;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Grants given or revoked for many staff in one request, all or none: each item goes through
 * exactly the checks of the single endpoint, in order, in one transaction, so a later item sees
 * what the earlier ones did (a conflicting pair across two items, the last tenant admin); the
 * first refusal rolls everything back and names its item. A grant the tenant holds for four eyes
 * cannot wait for approval as part of a batch, so a batch containing one is refused up front.
 */
@ApplicationScoped
public class BulkGrants {

    /** More than a chain's busiest day of hiring or leaving; each item is a grant and an audit entry. */
    public static final int MAX_ITEMS = 500;

    @Inject
    Grants grants;

    @Transactional
    public List<GrantView> give(Caller caller, List<NewGrant> requests) {
        for (int i = 0; i < requests.size(); i++) {
            if (grants.heldForApproval(requests.get(i))) {
                throw new BulkItemRefused(
                        "grants",
                        i,
                        new Unprocessable(
                                "four-eyes-held",
                                "this tenant holds a sensitive permission over the whole tenant for a second admin's"
                                        + " approval, which a batch cannot wait for: give this grant on its own"
                                        + " (POST /api/v1/grants)"));
            }
        }
        List<GrantView> given = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            try {
                given.add(grants.give(caller, requests.get(i)));
            } catch (DomainProblem refused) {
                throw new BulkItemRefused("grants", i, refused);
            }
        }
        return given;
    }

    @Transactional
    public List<GrantView> revoke(Caller caller, List<String> grantIds, String reason) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < grantIds.size(); i++) {
            if (!seen.add(grantIds.get(i))) {
                throw new InvalidInput("grantIds[" + i + "]", "names a grant named before in this request");
            }
        }
        List<GrantView> revoked = new ArrayList<>(grantIds.size());
        for (int i = 0; i < grantIds.size(); i++) {
            try {
                revoked.add(grants.revoke(caller, grantIds.get(i), reason));
            } catch (DomainProblem refused) {
                throw new BulkItemRefused("grantIds", i, refused);
            }
        }
        return revoked;
    }
}
