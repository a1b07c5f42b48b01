package io.custos.identity.mfa;

import io.custos.identity.staff.StaffView;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import io.custos.platform.versioning.Versions;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An admin removes another staff member's second factor (a lost phone). */
@Path("staff/{id}/mfa-reset")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission("staff.manage")
public class MfaResetResource {

    @Inject
    SecondFactor secondFactor;

    @Inject
    CallerContext callers;

    @POST
    public Response reset(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid MfaResetReason reason) {
        var member = secondFactor.resetFor(callers.staff(), id, reason.reason());
        return Response.ok(StaffView.of(member))
                .tag(Versions.etag(member.version()))
                .build();
    }

    /** Why the factor is reset, for the trail. */
    public record MfaResetReason(
            @NotNull @Present @Length(max = 500) String reason) {}
}
