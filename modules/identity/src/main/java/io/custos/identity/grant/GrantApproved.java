package io.custos.identity.grant;

import io.custos.platform.approval.ApprovedAction;
import io.custos.platform.json.StrictJson;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Gives a held tenant-wide sensitive grant once a second admin approves it, with every check again. */
@ApplicationScoped
public class GrantApproved implements ApprovedAction {

    @Inject
    Grants grants;

    @Override
    public String action() {
        return Grants.SENSITIVE_TENANT_WIDE;
    }

    @Override
    public Object run(Caller requester, String request) {
        return grants.give(requester, StrictJson.read(request, NewGrant.class));
    }
}
