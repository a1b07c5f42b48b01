package io.custos.customers.customer;

import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The customer attributes the tenant declares SENSITIVE. */
@Path("customer-attributes/sensitive")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SensitiveAttributeResource {

    @Inject
    SensitiveAttributes attributes;

    @Inject
    CallerContext callers;

    @GET
    @Transactional
    public Names list() {
        return new Names(attributes.names().stream().sorted().toList());
    }

    @PUT
    @RequiresPermission("tenant.manage")
    public Names declare(@NotNull(message = "a JSON body is required") @Valid Names names) {
        return new Names(attributes.declare(callers.staff(), names.items() == null ? List.of() : names.items()));
    }

    /** Attribute names. */
    public record Names(List<String> items) {}
}
