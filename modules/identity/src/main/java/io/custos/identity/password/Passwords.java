package io.custos.identity.password;

import io.custos.identity.api.PasswordChanged;
import io.custos.identity.api.PasswordReset;
import io.custos.identity.lockout.LoginThrottle;
import io.custos.identity.login.FailedLogins;
import io.custos.identity.session.Session;
import io.custos.identity.session.Sessions;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffAccounts;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.problem.Forbidden;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotAuthenticated;
import io.custos.platform.security.Caller;
import io.custos.platform.security.PasswordHashing;
import io.custos.platform.security.PasswordPolicy;
import io.custos.platform.tenancy.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * An admin's reset gives a staff member a temporary password Custos makes up (so no admin ever
 * chooses, and so knows, a colleague's lasting password), ends their sessions and restricts their
 * next sign-in to choosing their own; changing one's own ends one's other sessions.
 */
@ApplicationScoped
public class Passwords {

    /** No 0/O, 1/l/I: a temporary password is read off a screen and typed in by hand. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffDirectory staff;

    @Inject
    PasswordHashing hashing;

    @Inject
    Sessions sessions;

    @Inject
    TenantDirectory tenants;

    @Inject
    LoginThrottle throttle;

    @Inject
    FailedLogins failures;

    @Inject
    Event<PasswordReset> reset;

    @Inject
    Event<PasswordChanged> changed;

    @Inject
    Clock clock;

    /**
     * Like a second-factor reset: a session with a second factor, never one's own (a stolen session
     * must not turn into a password of the thief's), only staff within the admin's reach (404 else).
     */
    @Transactional
    public TemporaryPassword resetFor(Caller admin, String staffId, String reason) {
        if (!admin.hasSecondFactor()) {
            throw Forbidden.secondFactorNeeded("resetting someone's password");
        }
        Staff member = accounts.administered(admin, staffId);
        if (member.id().equals(admin.staffId())) {
            throw new Forbidden("grant", "nobody resets their own password: change it with POST /api/v1/me/password");
        }
        String temporary = temporaryFor(member.username());
        member.resetPassword(hashing.hash(temporary));
        int ended = sessions.endAllOf(admin, member.id(), Session.EndReason.PASSWORD_RESET);
        reset.fire(new PasswordReset(admin.tenantId(), admin.staffId(), member.id(), reason, ended, clock.instant()));
        return new TemporaryPassword(member.id(), temporary, ended);
    }

    /**
     * The caller replaces their password, proving the current one; a wrong one counts towards the
     * sign-in lockout, so a stolen session cannot guess it.
     */
    @Transactional
    public void changeOwn(Caller caller, NewPassword request) {
        Staff member = staff.find(caller.staffId())
                .filter(Staff::isActive)
                .orElseThrow(() -> new NotAuthenticated("sign in again"));
        String slug = tenants.find(caller.tenantId())
                .map(TenantDirectory.TenantSummary::slug)
                .orElseThrow(() -> new NotAuthenticated("sign in again"));
        throttle.requireUnlocked(slug, member.username());
        boolean matches = member.passwordHash()
                .map(hash -> hashing.matches(request.currentPassword(), hash))
                .orElse(false);
        if (!matches) {
            failures.record(slug, member.username(), caller.tenantId(), member.id(), "password (change)");
            throw new InvalidInput("currentPassword", "is not the current password");
        }
        PasswordPolicy.check("newPassword", request.newPassword(), member.username());
        if (request.newPassword().equals(request.currentPassword())) {
            throw new InvalidInput("newPassword", "must differ from the current password");
        }
        boolean temporaryReplaced = member.passwordChangeRequired();
        member.changeOwnPassword(hashing.hash(request.newPassword()));
        throttle.succeed(slug, member.username());
        int ended = sessions.endOthersOf(caller, Session.EndReason.PASSWORD_CHANGED);
        changed.fire(new PasswordChanged(
                caller.tenantId(), caller.staffId(), member.id(), temporaryReplaced, ended, clock.instant()));
    }

    /** Four groups of five from a 56-symbol alphabet (about 116 bits), always within the password policy. */
    static String temporaryFor(String username) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int group = 0; group < GROUPS; group++) {
                if (group > 0) {
                    password.append('-');
                }
                for (int i = 0; i < GROUP_LENGTH; i++) {
                    password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
                }
            }
            if (PasswordPolicy.weakness(password.toString(), username) == null) {
                return password.toString();
            }
        }
    }
}
