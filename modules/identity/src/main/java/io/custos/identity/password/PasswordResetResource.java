package io.custos.identity.password;

import io.custos.platform.security.CallerContext;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.security.RequiresPermission;
import io.custos.platform.validation.Length;
import io.custos.platform.validation.Present;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An admin resets another staff member's password (forgotten) to a temporary one, shown once. */
@Path("staff/{id}/password-reset")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(value = "staff.manage", reach = PermissionCheck.Reach.ANY_SCOPE)
public class PasswordResetResource {

    @Inject
    Passwords passwords;

    @Inject
    CallerContext callers;

    @POST
    public Response reset(
            @PathParam("id") String id,
            @NotNull(message = "a JSON body is required") @Valid PasswordResetReason reason) {
        CacheControl never = new CacheControl();
        never.setNoStore(true);
        return Response.ok(passwords.resetFor(callers.staff(), id, reason.reason()))
                .cacheControl(never)
                .build();
    }

    /** Why the password is reset, for the trail. */
    public record PasswordResetReason(
            @NotNull @Present @Length(max = 500) String reason) {}
}
