package io.custos.consent.ledger;

import io.custos.platform.security.Anonymous;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The link of a double opt-in mail, followed by the customer: no token of Custos, the link's own
 * random token is the proof. The tenant comes from the path's slug and is bound here, as no caller binds one.
 */
@Path("consent-confirmations")
@Produces(MediaType.APPLICATION_JSON)
@Anonymous
public class ConsentConfirmationResource {

    @Inject
    DoubleOptIn doubleOptIn;

    @Inject
    TenantDirectory tenants;

    @GET
    @Path("{tenant}/{token}")
    public DoubleOptIn.Confirmed confirm(@PathParam("tenant") String tenant, @PathParam("token") String token) {
        TenantId bound = tenants.findActiveBySlug(tenant)
                .map(TenantDirectory.TenantSummary::id)
                .orElseThrow(DoubleOptIn::unknownLink);
        return TenantScope.supply(bound, () -> doubleOptIn.confirm(token));
    }
}
