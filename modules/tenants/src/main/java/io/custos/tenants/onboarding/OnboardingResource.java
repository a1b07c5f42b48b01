package io.custos.tenants.onboarding;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.OperatorOnly;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Store-chain onboarding by the platform operator. */
@Path("platform/tenants")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    @Inject
    Onboarding onboarding;

    @Inject
    TenantRegistry registry;

    @Inject
    Idempotency idempotency;

    @Inject
    CallerContext callers;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response onboard(
            @NotNull(message = "a JSON body is required") @Valid NewTenant request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.required(),
                idempotencyKey,
                "tenant.onboard",
                request,
                () -> onboarding.onboard(request),
                created -> uri.getBaseUriBuilder()
                        .path(OnboardingResource.class)
                        .path(created.id())
                        .build());
    }

    @GET
    @Path("{id}")
    @Transactional
    public TenantView get(@PathParam("id") String id) {
        return TenantView.of(registry.get(id), null);
    }
}
