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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Declarative configuration of the caller's store chain. */
@Path("tenant-config")
@RequiresPermission("tenant.manage")
public class TenantConfigResource {

    @Inject
    TenantConfiguration configuration;

    @Inject
    CallerContext callers;

    @PUT
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml"})
    @Produces(MediaType.APPLICATION_JSON)
    public TenantConfiguration.Result apply(
            InputStream yaml, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) throws IOException {
        // read before the transaction begins: a transaction may be run again, a stream cannot
        String document = new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
        return configuration.applyRequested(callers.staff(), document, dryRun);
    }
}
