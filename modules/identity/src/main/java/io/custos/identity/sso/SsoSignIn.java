package io.custos.identity.sso;

import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import io.custos.identity.api.LoginSucceeded;
import io.custos.identity.api.SsoConfigurationChanged;
import io.custos.identity.login.FailedLogins;
import io.custos.identity.session.Sessions;
import io.custos.identity.session.SignedIn;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffAccounts;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.id.Ids;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.AccessTokens;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-in through a tenant's OpenID Provider: the authorization-code flow with PKCE, {@code state}
 * and {@code nonce}. What the callback needs is kept in the database (any instance may receive it),
 * used once, and only by the browser that began the sign-in. A sign-in that proves who the person
 * is begins a session as password login does; the provider's {@code acr}/{@code amr} count as a
 * second factor only where the tenant trusts them, otherwise an enrolled TOTP is asked for next.
 */
@ApplicationScoped
public class SsoSignIn {

    public static final String BROWSER_COOKIE = "custos_sso";
    static final String COOKIE_PATH = "/api/v1/auth/sso";
    static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(10);
    /** The authentication method a session begun by single sign-on records first. */
    static final String SSO = "sso";

    private static final Logger LOG = Logger.getLogger(SsoSignIn.class.getName());
    private static final Pattern STATE = Pattern.compile("([0-9A-Za-z-]{1,64})\\.([A-Za-z0-9_-]{43})");
    private static final Pattern USERNAME = Pattern.compile("^[a-zA-Z0-9._@-]{3,100}$");

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantData data;

    @Inject
    SsoAdministration administration;

    @Inject
    SsoOnly ssoOnly;

    @Inject
    OpenIdProviders openId;

    @Inject
    SsoUrls urls;

    @Inject
    StaffDirectory staff;

    @Inject
    StaffAccounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    AccessTokens tokens;

    @Inject
    FailedLogins failures;

    @Inject
    Event<LoginSucceeded> succeeded;

    @Inject
    Event<SsoConfigurationChanged> changed;

    @Inject
    Clock clock;

    /** The providers to offer for {@code slug}; none (and password login) for a tenant that does not exist. */
    @Transactional
    public OfferedProviders offered(String slug) {
        return tenants.findActiveBySlug(slug)
                .map(tenant -> TenantScope.supply(
                        tenant.id(),
                        () -> new OfferedProviders(
                                data
                                        .em()
                                        .createQuery("SELECT p FROM SsoProvider p ORDER BY p.name", SsoProvider.class)
                                        .getResultList()
                                        .stream()
                                        .map(p -> new OfferedProviders.Offered(p.id(), p.name()))
                                        .toList(),
                                !ssoOnly.ssoOnly())))
                .orElse(new OfferedProviders(List.of(), true));
    }

    /** Begins a sign-in: the redirect to the provider, and the cookie that ties the callback to this browser. */
    @Transactional
    public Redirect start(String slug, String providerId) {
        TenantId tenant = tenants.findActiveBySlug(slug)
                .map(TenantDirectory.TenantSummary::id)
                .orElseThrow(() -> new NotFound("sso provider", providerId));
        return TenantScope.supply(tenant, () -> {
            SsoProvider provider = administration.provider(providerId);
            var metadata = openId.metadata(provider.issuer());
            String stateSecret = Ids.newSecret();
            String browser = Ids.newSecret();
            Nonce nonce = new Nonce();
            CodeVerifier verifier = new CodeVerifier();
            Instant now = clock.instant();
            data.em()
                    .persist(new SsoAttempt(
                            Sessions.hash(stateSecret),
                            provider.id(),
                            nonce.getValue(),
                            verifier.getValue(),
                            Sessions.hash(browser),
                            now.plus(ATTEMPT_LIFETIME)));
            URI location = new AuthenticationRequest.Builder(
                            new ResponseType(ResponseType.Value.CODE),
                            new Scope(provider.scopes().toArray(String[]::new)),
                            new ClientID(provider.clientId()),
                            urls.redirectUri())
                    .endpointURI(metadata.getAuthorizationEndpointURI())
                    .state(new State(tenant.value() + "." + stateSecret))
                    .nonce(nonce)
                    .codeChallenge(verifier, CodeChallengeMethod.S256)
                    .build()
                    .toURI();
            return new Redirect(location, List.of(browserCookie(browser, ATTEMPT_LIFETIME.toSeconds())));
        });
    }

    /**
     * Finishes a sign-in on the provider's redirect. Whatever the outcome, the {@code state} is used
     * up (this transaction commits), and the browser goes to the console: with a session's refresh
     * cookie, with the TOTP step to take ({@code #sso-mfa=<token>}), or with the reason it failed
     * ({@code #sso-error=<code>}).
     */
    @Transactional
    public Redirect callback(String code, String state, String error, String browserCookie) {
        Matcher parts = state == null ? null : STATE.matcher(state);
        if (parts == null || !parts.matches()) {
            return refused(new SignInRefused("state-invalid", "no state or not one of ours"));
        }
        TenantId tenant = new TenantId(parts.group(1));
        Optional<TenantDirectory.TenantSummary> summary = tenants.find(tenant);
        if (summary.isEmpty()) {
            return refused(new SignInRefused("state-invalid", "the state names no tenant"));
        }
        return TenantScope.supply(tenant, () -> {
            try {
                return finish(summary.get(), parts.group(2), code, error, browserCookie);
            } catch (SignInRefused refusal) {
                return refused(refusal);
            } catch (ProviderUnavailable unavailable) {
                return refused(new SignInRefused("provider-unavailable", unavailable.getMessage()));
            }
        });
    }

    private Redirect finish(
            TenantDirectory.TenantSummary tenant, String stateSecret, String code, String error, String browserCookie) {
        EntityManager em = data.em();
        Instant now = clock.instant();
        SsoAttempt attempt = em.find(SsoAttempt.class, Sessions.hash(stateSecret), LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            throw new SignInRefused("state-invalid", "unknown or used state");
        }
        em.remove(attempt);
        em.flush();
        if (browserCookie == null || !attempt.isFor(Sessions.hash(browserCookie), now)) {
            throw new SignInRefused("state-invalid", "the state expired or was begun by another browser");
        }
        if (error != null || code == null) {
            throw new SignInRefused("provider-refused", "the provider answered " + error);
        }
        SsoProvider provider = administration.provider(attempt.providerId());
        IDTokenClaimsSet claims = openId.signIn(
                provider,
                administration.clientSecret(provider),
                code,
                attempt.codeVerifier(),
                urls.redirectUri(),
                attempt.nonce());
        Staff member = match(tenant.id(), provider, claims, now);
        if (!member.isActive()) {
            failures.record(tenant.slug(), member.username(), tenant.id(), member.id(), "single sign-on");
            throw new SignInRefused("account-inactive", "staff " + member.id() + " is not active");
        }
        List<String> amr = claims.getAMR() == null
                ? List.of()
                : claims.getAMR().stream().map(a -> a.getValue()).toList();
        String acr = claims.getACR() == null ? null : claims.getACR().getValue();
        List<String> methods = new ArrayList<>(List.of(SSO));
        if (provider.trustsAsSecondFactor(acr, amr)) {
            methods.add(Caller.MFA);
        } else if (member.mfaEnabled()) {
            String challenge = tokens.issueMfaChallenge(member.id(), member.username(), tenant.id(), SSO);
            return new Redirect(urls.console("sso-mfa=" + challenge), List.of(clearedBrowserCookie()));
        }
        SignedIn session = sessions.begin(member, tenant.id(), methods);
        succeeded.fire(new LoginSucceeded(
                tenant.id(), member.id(), member.id(), java.util.Set.copyOf(methods), session.sessionId(), now));
        return new Redirect(urls.console(null), List.of(session.setCookie(), clearedBrowserCookie()));
    }

    /** The staff member the token names: bound to its subject, else by verified e-mail, else created when allowed. */
    private Staff match(TenantId tenant, SsoProvider provider, IDTokenClaimsSet claims, Instant now) {
        String subject = claims.getSubject().getValue();
        Optional<Staff> linked = data.em()
                .createQuery(
                        "SELECT l FROM SsoLink l WHERE l.providerId = :provider AND l.subject = :subject",
                        SsoLink.class)
                .setParameter("provider", provider.id())
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst()
                .flatMap(link -> staff.find(link.staffId()));
        if (linked.isPresent()) {
            return linked.get();
        }
        String email = claims.getStringClaim("email");
        if (provider.matchBy() == SsoProvider.MatchBy.EMAIL && email != null) {
            if (!Boolean.TRUE.equals(claims.getBooleanClaim("email_verified"))) {
                throw new SignInRefused("email-unverified", "the provider does not vouch for the e-mail " + email);
            }
            List<Staff> found = staff.byEmail(email);
            if (found.size() > 1) {
                throw new SignInRefused("email-ambiguous", "more than one staff member has the e-mail " + email);
            }
            if (found.size() == 1) {
                bind(tenant, provider, subject, found.get(0), false, now);
                return found.get(0);
            }
        }
        if (!provider.createStaff()) {
            throw new SignInRefused("no-account", "no staff member matches subject " + subject);
        }
        if (email == null) {
            throw new SignInRefused("no-email", "the provider sent no e-mail for a new account");
        }
        Staff created = accounts.provision(tenant, freeUsername(claims, email), email, displayName(claims));
        bind(tenant, provider, subject, created, true, now);
        return created;
    }

    private void bind(
            TenantId tenant, SsoProvider provider, String subject, Staff member, boolean created, Instant now) {
        SsoLink link = administration.bind(provider, subject, member.id(), now);
        changed.fire(new SsoConfigurationChanged(
                tenant,
                "system",
                "sso-link.create",
                "staff",
                member.id(),
                Map.of("providerId", provider.id(), "subject", subject, "linkId", link.id(), "staffCreated", created),
                now));
    }

    /** The provider's {@code preferred_username} or the e-mail, when free and a valid username; else a generated one. */
    private String freeUsername(IDTokenClaimsSet claims, String email) {
        for (String candidate : new String[] {claims.getStringClaim("preferred_username"), email}) {
            if (candidate != null
                    && USERNAME.matcher(candidate).matches()
                    && staff.byUsername(candidate).isEmpty()) {
                return candidate;
            }
        }
        return "sso-" + Ids.newId().substring(0, 8);
    }

    private static String displayName(IDTokenClaimsSet claims) {
        String name = claims.getStringClaim("name");
        return name == null || name.length() > 200 ? null : name;
    }

    private Redirect refused(SignInRefused refusal) {
        LOG.info(() -> "single sign-on refused (" + refusal.code() + "): " + refusal.getMessage());
        return new Redirect(urls.console("sso-error=" + refusal.code()), List.of(clearedBrowserCookie()));
    }

    private static String browserCookie(String value, long maxAgeSeconds) {
        // Lax, not Strict: the provider's redirect back is a cross-site navigation that must carry it
        return BROWSER_COOKIE + "=" + value + "; Max-Age=" + maxAgeSeconds + "; Path=" + COOKIE_PATH
                + "; Secure; HttpOnly; SameSite=Lax";
    }

    private static String clearedBrowserCookie() {
        return browserCookie("", 0);
    }

    /** Where the browser goes next, and the {@code Set-Cookie} headers it takes along. */
    public record Redirect(URI location, List<String> setCookies) {}
}
