package io.custos.platform.approval;

/**
 * Thrown by {@link FourEyes#requireApproval} once the approval is stored: the request's own
 * transaction rolls back (it wrote nothing yet) and the caller is answered 202 with the approval.
 */
public class ApprovalRequired extends RuntimeException {

    private final String approvalId;

    ApprovalRequired(String approvalId) {
        super("held for approval " + approvalId, null, false, false);
        this.approvalId = approvalId;
    }

    public String approvalId() {
        return approvalId;
    }
}
