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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Store-chain onboarding by the platform operator. */
@Path("platform/tenants")
@OperatorOnly
@Tag(name = "Onboarding")
@SecurityRequirement(name = "operatorToken")
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
    @Operation(summary = "Onboard a store chain with its first administrator")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TenantView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response onboard(
            @NotNull(message = "a JSON body is required") @Valid NewTenant request,
            @Parameter(description = "Retries with the same key answer as the first time")
                    @HeaderParam(Idempotency.HEADER)
                    String idempotencyKey) {
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
    @Operation(summary = "A store chain")
    @APIResponse(
            responseCode = "200",
            description = "The store chain",
            content = @Content(schema = @Schema(implementation = TenantView.class)))
    public TenantView get(@PathParam("id") String id) {
        return TenantView.of(registry.get(id), null);
    }
}
