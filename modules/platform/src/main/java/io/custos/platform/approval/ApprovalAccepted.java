package io.custos.platform.approval;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a held action 202 with where its approval is: {@code {approvalId, status: PENDING}}. */
@Provider
public class ApprovalAccepted implements ExceptionMapper<ApprovalRequired> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ApprovalRequired held) {
        return Response.accepted(new Pending(held.approvalId(), Approval.Status.PENDING.name()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .location(uri.getBaseUriBuilder()
                        .path("approvals")
                        .path(held.approvalId())
                        .build())
                .build();
    }

    /** The 202 body. */
    public record Pending(String approvalId, String status) {}
}
