package io.custos.tenants.settings;

import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import io.custos.platform.versioning.Versions;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's store chain's settings: one document, read and changed whole or by merge patch. */
@Path("tenant-settings")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("tenant.manage")
public class TenantSettingsResource {

    @Inject
    CurrentSettings current;

    @Inject
    SettingsUpdate update;

    @Inject
    CallerContext callers;

    @GET
    public Response get() {
        return withEtag(current.versioned());
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response update(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") JsonObject patch) {
        return withEtag(update.patch(callers.staff(), ifMatch, patch));
    }

    private static Response withEtag(Versioned settings) {
        return Response.ok(settings.settings())
                .tag(Versions.etag(settings.version()))
                .build();
    }
}
