package io.custos.customers.customer;

import io.custos.platform.security.CallerContext;
import io.custos.platform.tenancy.TenantData;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The baseline of issue 18's P5: the row {@code POST /customers} would insert (same checks, same
 * sealing, same answer), inserted without the access decision, the audit entry and the events that
 * follow a creation. Lives in this package for {@link CustomerCreation#row}; only -Pbench builds
 * serve it, and it stays out of the API document.
 */
@Path("bench/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnauditedCustomerInserts {

    @Inject
    CustomerCreation creation;

    @Inject
    CustomerViews views;

    @Inject
    TenantData data;

    @Inject
    CallerContext callers;

    @POST
    @Operation(hidden = true)
    @Transactional
    public Response insert(@NotNull @Valid NewCustomer request) {
        Customer customer = creation.row(callers.staff(), request, undecided -> {});
        data.em().persist(customer);
        return Response.status(Response.Status.CREATED)
                .entity(views.view(customer, false))
                .build();
    }
}
