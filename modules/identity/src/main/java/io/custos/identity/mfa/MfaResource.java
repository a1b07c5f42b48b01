package io.custos.identity.mfa;

import io.custos.platform.security.CallerContext;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own second factor; every active staff member may enrol, no permission needed. */
@Path("me/mfa/totp")
@Tag(name = "Authentication")
@SecurityRequirement(name = "accessToken")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MfaResource {

    @Inject
    SecondFactor secondFactor;

    @Inject
    CallerContext callers;

    @POST
    @Operation(summary = "Start TOTP enrolment: a secret and an otpauth URI")
    @APIResponse(responseCode = "201", description = "Enrolment started")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response enrol() {
        return Response.status(Response.Status.CREATED)
                .entity(secondFactor.enrol(callers.staff()))
                .build();
    }

    @POST
    @Path("confirm")
    @Operation(summary = "Confirm with a code: MFA is on, recovery codes are shown once")
    @APIResponse(responseCode = "200", description = "Enabled")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Enabled confirm(@NotNull(message = "a JSON body is required") @Valid Confirmation confirmation) {
        return secondFactor.confirm(callers.staff(), confirmation.code());
    }
}
