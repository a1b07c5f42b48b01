package io.custos.platform.approval;

import io.custos.platform.security.Caller;

/**
 * Runs a held action once it is approved: the module that owns the action makes one a CDI bean per
 * action name. It runs inside the approving transaction, as the requester, so the approval, the
 * action and their audit entries commit together or not at all; a refusal (the requester no longer
 * may, the object changed) refuses the approval and leaves it pending.
 */
public interface ApprovedAction {

    /** The name the use case gave {@link FourEyes#requireApproval}. */
    String action();

    /** Runs the request as held ({@code request} is its JSON) and answers what the action answers. */
    Object run(Caller requester, String request);
}
