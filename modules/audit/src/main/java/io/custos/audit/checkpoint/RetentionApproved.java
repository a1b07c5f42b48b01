package io.custos.audit.checkpoint;

import io.custos.platform.approval.ApprovedAction;
import io.custos.platform.json.StrictJson;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Sets a held retention once a second admin approves it. */
@ApplicationScoped
public class RetentionApproved implements ApprovedAction {

    @Inject
    Retention retention;

    @Override
    public String action() {
        return Retention.RETENTION_CHANGE;
    }

    @Override
    public Object run(Caller requester, String request) {
        int days = retention.setPolicy(
                requester, StrictJson.read(request, Retention.HeldChange.class).days());
        return new Retention.HeldChange(days);
    }
}
