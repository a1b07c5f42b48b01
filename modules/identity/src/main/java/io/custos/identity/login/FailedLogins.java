package io.custos.identity.login;

import io.custos.identity.api.AccountLocked;
import io.custos.identity.api.LoginFailed;
import io.custos.identity.lockout.LoginThrottle;
import io.custos.platform.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Records a failed login step in its own transaction: the count and its audit events stay. */
@ApplicationScoped
public class FailedLogins {

    @Inject
    LoginThrottle throttle;

    @Inject
    Event<LoginFailed> failed;

    @Inject
    Event<AccountLocked> locked;

    @Inject
    Clock clock;

    /** {@code tenant} and {@code staffId} are null when the account does not exist. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String slug, String username, TenantId tenant, String staffId, String step) {
        LoginThrottle.Failure failure = throttle.fail(slug, username);
        if (tenant == null || staffId == null) {
            return; // no tenant trail to write to: the attempt named no account
        }
        Instant now = clock.instant();
        failed.fire(new LoginFailed(tenant, staffId, staffId, step, "wrong " + step, now));
        if (failure.locked()) {
            locked.fire(
                    new AccountLocked(tenant, "system", staffId, failure.lock().toSeconds(), failure.failures(), now));
        }
    }
}
