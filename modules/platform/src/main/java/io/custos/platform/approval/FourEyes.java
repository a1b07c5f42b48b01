package io.custos.platform.approval;

import io.custos.platform.json.Json;
import io.custos.platform.security.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Optional;

/**
 * What a use case calls once it has checked its request and before it changes anything: when the
 * tenant holds the action for approval, the request is stored and the use case ends with 202.
 */
@ApplicationScoped
public class FourEyes {

    private static final String EXEMPT = FourEyes.class.getName() + ".exempt";

    @Inject
    ApprovalPolicy policy;

    @Inject
    Approvals approvals;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Holds {@code request} for approval when the bound tenant marks {@code action} (throws
     * {@link ApprovalRequired}); returns when it runs at once, or the transaction is exempt.
     */
    public void requireApproval(Caller caller, String action, Object request, String reason) {
        if (isExempt()) {
            return;
        }
        Optional<Duration> window = policy.approvalWindow(action);
        if (window.isPresent()) {
            throw new ApprovalRequired(approvals.hold(caller, action, Json.write(request), reason, window.get()));
        }
    }

    /**
     * Whether {@link #requireApproval} would hold {@code action} now, asked before anything is
     * stored: a request that cannot be held as a whole (one of many in a batch) is refused instead.
     */
    public boolean wouldHold(String action) {
        return !isExempt() && policy.approvalWindow(action).isPresent();
    }

    /**
     * Runs the rest of the current transaction without holding anything: an approved action being
     * run, the demo import, a tenant's first configuration.
     */
    public void exemptThisTransaction() {
        transactions.putResource(EXEMPT, Boolean.TRUE);
    }

    private boolean isExempt() {
        return transactions.getTransactionKey() != null && transactions.getResource(EXEMPT) != null;
    }
}
