package io.custos.identity.me;

import io.custos.identity.context.StaffContexts;
import io.custos.identity.session.Sessions;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.security.Caller;
import io.custos.platform.security.CallerContext;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.regions.api.StoreDirectory;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/** Who the caller is; any active staff member may ask, no permission needed. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CallerContext callers;

    @Inject
    StaffDirectory staff;

    @Inject
    Sessions sessions;

    @Inject
    StaffContexts contexts;

    @Inject
    TenantDirectory tenants;

    @Inject
    StoreDirectory places;

    @GET
    @Transactional
    public Me get() {
        Caller caller = callers.staff();
        Staff member = staff.get(caller.staffId());
        Optional<TenantDirectory.TenantSummary> tenant = tenants.find(caller.tenantId());
        List<EffectivePermission> effective = EffectivePermission.of(contexts.grantsInForce(caller.staffId()), places);
        return new Me(
                member.id(),
                member.username(),
                member.displayName(),
                member.email(),
                member.homeStoreId(),
                member.mfaEnabled(),
                caller.tenantId().value(),
                tenant.map(TenantDirectory.TenantSummary::slug).orElse(null),
                tenant.map(TenantDirectory.TenantSummary::name).orElse(null),
                caller.authenticationMethods().stream().sorted().toList(),
                sessions.authTimeOf(caller).orElse(null),
                effective.stream().map(EffectivePermission::permission).toList(),
                effective);
    }
}
