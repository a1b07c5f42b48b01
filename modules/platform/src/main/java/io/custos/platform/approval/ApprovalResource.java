package io.custos.platform.approval;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/** Approvals of held actions: tenant admins read them and decide those others requested. */
@Path("approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission("tenant.manage")
public class ApprovalResource {

    @Inject
    Approvals approvals;

    @Inject
    CallerContext callers;

    @GET
    public Page<ApprovalView> list(
            @QueryParam("status") String status,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return approvals.page(status(status), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    public ApprovalView get(@PathParam("id") String id) {
        return approvals.view(id);
    }

    @POST
    @Path("{id}/approve")
    public ApprovalView approve(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid Decision decision) {
        return approvals.approve(callers.staff(), id, decision.reason());
    }

    @POST
    @Path("{id}/reject")
    public ApprovalView reject(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid Decision decision) {
        return approvals.reject(callers.staff(), id, decision.reason());
    }

    private static Approval.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Approval.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "must be one of PENDING, APPROVED, REJECTED, EXPIRED");
        }
    }
}
