package io.custos.tenants.config;

import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Declarative configuration of the caller's store chain. */
@Path("tenant-config")
@Tag(name = "Tenant configuration")
@SecurityRequirement(name = "accessToken")
@RequiresPermission("tenant.manage")
public class TenantConfigResource {

    @Inject
    TenantConfiguration configuration;

    @Inject
    CallerContext callers;

    @PUT
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply a tenant-config YAML (regions, stores, roles, staff, ruleOverrides); dryRun plans only")
    @APIResponse(responseCode = "200", description = "What changed (or would change)")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public TenantConfiguration.Result apply(
            InputStream yaml, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return configuration.apply(callers.staff(), new InputStreamReader(yaml, StandardCharsets.UTF_8), dryRun);
    }
}
