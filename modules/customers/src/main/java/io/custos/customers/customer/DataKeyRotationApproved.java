package io.custos.customers.customer;

import io.custos.platform.approval.ApprovedAction;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Rotates the data key once a second admin approves the held rotation. */
@ApplicationScoped
public class DataKeyRotationApproved implements ApprovedAction {

    @Inject
    DataKeyRotation rotation;

    @Override
    public String action() {
        return DataKeyRotation.ACTION;
    }

    @Override
    public Object run(Caller requester, String request) {
        return new DataKeyResource.Rotated(rotation.rotate(requester));
    }
}
