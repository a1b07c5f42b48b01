package io.custos.app.demo;

import io.custos.platform.security.Caller;
import io.custos.platform.security.PermissionCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The check an endpoint's {@code @RequiresPermission} makes before its use case runs, made here
 * before calling the use case directly, so demo data passes every gate an API request would.
 */
@ApplicationScoped
public class Endpoint {

    @Inject
    PermissionCheck permissions;

    /** An endpoint that needs {@code permission} held tenant-wide. */
    public void require(Caller caller, String permission) {
        require(caller, permission, PermissionCheck.Reach.TENANT);
    }

    public void require(Caller caller, String permission, PermissionCheck.Reach reach) {
        if (!permissions.isActive(caller)) {
            throw new IllegalStateException("demo data: staff " + caller.staffId() + " is not active");
        }
        permissions.refusal(caller, permission, reach).ifPresent(refusal -> {
            throw refusal;
        });
    }
}
