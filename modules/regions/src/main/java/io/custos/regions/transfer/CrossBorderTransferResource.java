package io.custos.regions.transfer;

import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** How many individuals' records went abroad per pack and year, read under {@code tenant.manage}. */
@Path("cross-border-transfers")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("tenant.manage")
public class CrossBorderTransferResource {

    @Inject
    TransferVolumes volumes;

    @GET
    public TransferReport report() {
        return volumes.report();
    }
}
