package io.custos.identity.login;

import io.custos.identity.api.LoginSucceeded;
import io.custos.identity.context.StaffContexts;
import io.custos.identity.lockout.LoginThrottle;
import io.custos.identity.mfa.SecondFactor;
import io.custos.identity.session.Session;
import io.custos.identity.session.Sessions;
import io.custos.identity.session.SignedIn;
import io.custos.identity.sso.SsoOnly;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.access.GateOutcome;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.Forbidden;
import io.custos.platform.problem.NotAuthenticated;
import io.custos.platform.security.AccessTokens;
import io.custos.platform.security.Caller;
import io.custos.platform.security.PasswordHashing;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Password login, then the second factor for accounts that enrolled one. Unknown tenant, unknown
 * user, wrong password and an inactive account all get the same 401 after the same hashing work,
 * and count towards the same lockout, so the answers reveal nothing.
 */
@ApplicationScoped
public class Login {

    static final String FAILED = "the tenant, username or password is wrong";
    static final String MFA_FAILED = "the code is wrong or was used already";

    @Inject
    TenantDirectory tenants;

    @Inject
    StaffDirectory staff;

    @Inject
    PasswordHashing passwords;

    @Inject
    SecondFactor secondFactor;

    @Inject
    AccessTokens tokens;

    @Inject
    Sessions sessions;

    @Inject
    StaffContexts contexts;

    @Inject
    LoginThrottle throttle;

    @Inject
    SsoOnly ssoOnly;

    @Inject
    FailedLogins failures;

    @Inject
    Event<LoginSucceeded> succeeded;

    @Inject
    Clock clock;

    @Transactional
    public Answer login(Credentials credentials) {
        throttle.requireUnlocked(credentials.tenant(), credentials.username());
        Optional<TenantDirectory.TenantSummary> tenant = tenants.findActiveBySlug(credentials.tenant());
        if (tenant.isEmpty()) {
            passwords.spendVerificationTime(credentials.password());
            throw failed(credentials.tenant(), credentials.username(), null, null);
        }
        TenantId tenantId = tenant.get().id();
        return TenantScope.supply(tenantId, () -> {
            Optional<Staff> account = staff.byUsername(credentials.username());
            Optional<String> hash = account.flatMap(Staff::passwordHash);
            if (hash.isEmpty()) {
                passwords.spendVerificationTime(credentials.password());
                throw failed(
                        credentials.tenant(),
                        credentials.username(),
                        tenantId,
                        account.map(Staff::id).orElse(null));
            }
            Staff member = account.get();
            if (!passwords.matches(credentials.password(), hash.get()) || !member.isActive()) {
                throw failed(credentials.tenant(), credentials.username(), tenantId, member.id());
            }
            ssoOnly.requirePasswordAllowed(member);
            if (member.mfaEnabled()) {
                return new Answer(
                        LoginResult.mfa(tokens.issueMfaChallenge(member.id(), member.username(), tenantId)), null);
            }
            return issue(member, tenantId, credentials.tenant(), List.of("pwd"));
        });
    }

    @Transactional
    public Answer completeMfa(MfaCode request) {
        AccessTokens.Challenge challenge = tokens.verifyMfaChallenge(request.mfaToken())
                .orElseThrow(() -> new NotAuthenticated("the MFA token is invalid or expired; log in again"));
        String slug = tenants.find(challenge.tenantId())
                .map(TenantDirectory.TenantSummary::slug)
                .orElseThrow(() -> new NotAuthenticated("the MFA token is invalid or expired; log in again"));
        throttle.requireUnlocked(slug, challenge.username());
        return TenantScope.supply(challenge.tenantId(), () -> {
            Staff member = staff.find(challenge.staffId())
                    .filter(Staff::isActive)
                    .orElseThrow(() -> new NotAuthenticated(FAILED));
            if (!secondFactor.verify(member.id(), request.code())) {
                failures.record(slug, member.username(), challenge.tenantId(), member.id(), "second factor");
                throw new NotAuthenticated(MFA_FAILED);
            }
            return issue(member, challenge.tenantId(), slug, List.of(challenge.firstMethod(), Caller.OTP));
        });
    }

    /**
     * RFC 9470's step-up in the caller's session: a TOTP or recovery code proves the second factor
     * now. A wrong code counts towards the lockout like one at sign-in and answers 403 at the MFA gate.
     */
    @Transactional
    public LoginResult stepUp(Caller caller, String code) {
        Session session = sessions.lockedForStepUp(caller);
        Staff member =
                staff.find(caller.staffId()).filter(Staff::isActive).orElseThrow(() -> new NotAuthenticated(FAILED));
        if (!member.mfaEnabled()) {
            throw new Conflict("mfa-not-enrolled", "enrol a second factor first (POST /api/v1/me/mfa/totp)");
        }
        String slug = tenants.find(caller.tenantId())
                .map(TenantDirectory.TenantSummary::slug)
                .orElseThrow(() -> new NotAuthenticated(FAILED));
        throttle.requireUnlocked(slug, member.username());
        if (!secondFactor.verify(member.id(), code)) {
            failures.record(slug, member.username(), caller.tenantId(), member.id(), "second factor (step-up)");
            throw new Forbidden(GateOutcome.MFA, MFA_FAILED);
        }
        throttle.succeed(slug, member.username());
        AccessTokens.IssuedToken token = sessions.stepUp(member, caller.tenantId(), session, Caller.OTP);
        return LoginResult.token(token.accessToken(), token.expiresIn());
    }

    /** {@code methods} in the order they were used: the session and its tokens' {@code amr} keep it. */
    private Answer issue(Staff member, TenantId tenantId, String slug, List<String> methods) {
        throttle.succeed(slug, member.username());
        SignedIn session = sessions.begin(member, tenantId, methods);
        succeeded.fire(new LoginSucceeded(
                tenantId, member.id(), member.id(), Set.copyOf(methods), session.sessionId(), clock.instant()));
        LoginResult result = contexts.mustEnrolSecondFactor(member.id())
                ? LoginResult.tokenToEnrol(session.accessToken(), session.expiresIn())
                : LoginResult.token(session.accessToken(), session.expiresIn());
        if (member.passwordChangeRequired()) {
            result = result.requiringPasswordChange();
        }
        return new Answer(result, session.setCookie());
    }

    /** The JSON answer, and the {@code Set-Cookie} header of the new session's refresh token (null before MFA). */
    public record Answer(LoginResult body, String setCookie) {}

    private NotAuthenticated failed(String slug, String username, TenantId tenant, String staffId) {
        failures.record(slug, username, tenant, staffId, "password");
        return new NotAuthenticated(FAILED);
    }
}
