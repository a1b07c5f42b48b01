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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer attributes the tenant declares SENSITIVE. */
@Path("customer-attributes/sensitive")
@Tag(name = "Customers")
@SecurityRequirement(name = "accessToken")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SensitiveAttributeResource {

    @Inject
    SensitiveAttributes attributes;

    @Inject
    CallerContext callers;

    @GET
    @Transactional
    @Operation(summary = "The attribute names declared sensitive")
    @APIResponse(responseCode = "200", description = "The names")
    public Names list() {
        return new Names(attributes.names().stream().sorted().toList());
    }

    @PUT
    @RequiresPermission("tenant.manage")
    @Operation(summary = "Declare which attributes are sensitive; existing values are re-sealed accordingly")
    @APIResponse(responseCode = "200", description = "The names now declared")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Names declare(@NotNull(message = "a JSON body is required") @Valid Names names) {
        return new Names(attributes.declare(callers.staff(), names.items() == null ? List.of() : names.items()));
    }

    /** Attribute names. */
    public record Names(List<String> items) {}
}
