package io.custos.identity.session;

import io.custos.identity.api.SessionEnded;
import io.custos.identity.api.SessionRefreshed;
import io.custos.identity.api.SessionSteppedUp;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.crypto.Sha256;
import io.custos.platform.id.Ids;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.NotAuthenticated;
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
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sessions of the bound tenant's staff: begun by a login, kept alive by refreshes that rotate the
 * refresh token, ended by logout, by their owner, by an admin, by suspension or offboarding, by a
 * reused refresh token, or by the idle timeout ({@code custos.sessions.idle-minutes}, default 480)
 * and the absolute lifetime ({@code custos.sessions.max-hours}, default 24).
 *
 * <p>A refresh locks its session row ({@code SELECT … FOR UPDATE}), so of two refreshes with the
 * same token one rotates it and the other, served after it, presents a rotated token: that is a
 * reuse, and ends the session.
 */
@ApplicationScoped
public class Sessions {

    static final String NO_SESSION = "no valid refresh token; sign in again";
    static final String REUSED = "the refresh token was used already; the session has ended, sign in again";
    static final String ENDED = "the session has ended; sign in again";

    @Inject
    TenantData data;

    @Inject
    TenantDirectory tenants;

    @Inject
    StaffDirectory staff;

    @Inject
    AccessTokens tokens;

    @Inject
    Event<SessionRefreshed> refreshed;

    @Inject
    Event<SessionEnded> ended;

    @Inject
    Event<SessionSteppedUp> steppedUp;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "custos.sessions.idle-minutes", defaultValue = "480")
    long idleMinutes;

    @Inject
    @ConfigProperty(name = "custos.sessions.max-hours", defaultValue = "24")
    long maxHours;

    /** Begins a session for a staff member who just authenticated with {@code methods}; joins the login's transaction. */
    public SignedIn begin(Staff member, TenantId tenant, List<String> methods) {
        Instant now = clock.instant();
        String secret = Ids.newSecret();
        String tokenHash = hash(secret);
        Session session = new Session(member.id(), methods, tokenHash, now, Duration.ofHours(maxHours));
        EntityManager em = data.em();
        em.persist(session);
        em.flush(); // the token row refers to the session row: it must exist first
        em.persist(new SessionToken(tokenHash, session.id(), now));
        return signedIn(member, tenant, session, secret, now);
    }

    /**
     * Rotates the refresh token of the cookie's session and issues a new access token in it, or
     * says why not. A refusal may have ended the session (a reused token, a timeout): that change
     * commits, so the caller answers 401 after this returns rather than by throwing inside.
     */
    @Transactional
    public Refresh refresh(String cookieValue) {
        Optional<RefreshCookie> cookie = RefreshCookie.parse(cookieValue);
        if (cookie.isEmpty()) {
            return Refresh.refused(NO_SESSION);
        }
        TenantId tenant = new TenantId(cookie.get().tenantId());
        if (tenants.find(tenant).isEmpty()) {
            return Refresh.refused(NO_SESSION);
        }
        return TenantScope.supply(tenant, () -> refreshIn(tenant, cookie.get()));
    }

    private Refresh refreshIn(TenantId tenant, RefreshCookie cookie) {
        EntityManager em = data.em();
        Session session = em.find(Session.class, cookie.sessionId(), LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            return Refresh.refused(NO_SESSION);
        }
        String presented = hash(cookie.secret());
        Instant now = clock.instant();
        if (!session.isCurrentToken(presented)) {
            SessionToken issued = em.find(SessionToken.class, presented);
            if (issued == null || !issued.sessionId().equals(session.id())) {
                return Refresh.refused(NO_SESSION); // a guess: it ends nothing
            }
            end(tenant, "system", session, Session.EndReason.REFRESH_TOKEN_REUSED, now);
            return Refresh.refused(REUSED);
        }
        if (session.isEnded()) {
            return Refresh.refused(ENDED);
        }
        Optional<Session.EndReason> lapse = session.lapse(now, Duration.ofMinutes(idleMinutes));
        if (lapse.isPresent()) {
            end(tenant, "system", session, lapse.get(), now);
            return Refresh.refused(ENDED);
        }
        Optional<Staff> member = staff.find(session.staffId()).filter(Staff::isActive);
        if (member.isEmpty()) {
            return Refresh.refused(ENDED);
        }
        String secret = Ids.newSecret();
        String next = hash(secret);
        session.rotate(next, now);
        em.persist(new SessionToken(next, session.id(), now));
        refreshed.fire(new SessionRefreshed(tenant, session.staffId(), session.id(), now));
        return Refresh.issued(signedIn(member.get(), tenant, session, secret, now));
    }

    /**
     * The session of the caller's token, locked for a step-up; 401 when it has ended or lapsed (the
     * token would be refused on its next request anyway), 409 for a token that belongs to no session.
     */
    public Session lockedForStepUp(Caller caller) {
        String id = caller.session()
                .orElseThrow(() -> new Conflict(
                        "no-session", "this token belongs to no session; sign in to step up in a session"));
        Session session = data.em().find(Session.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (session == null
                || !session.staffId().equals(caller.staffId())
                || !session.isActiveAt(now)
                || session.lapse(now, Duration.ofMinutes(idleMinutes)).isPresent()) {
            throw new NotAuthenticated(ENDED);
        }
        return session;
    }

    /** The locked session gains a fresh second factor; answers a new access token of it (the refresh token stays). */
    public AccessTokens.IssuedToken stepUp(Staff member, TenantId tenant, Session session, String secondFactor) {
        Instant now = clock.instant();
        session.stepUp(secondFactor, now);
        steppedUp.fire(new SessionSteppedUp(tenant, member.id(), session.id(), session.methods(), now));
        return tokens.issue(
                member.id(), member.username(), tenant, session.methods(), session.id(), session.authTime());
    }

    /** The caller's own session comes to its end (logout); a token without a session ends nothing. */
    @Transactional
    public void logout(Caller caller) {
        Optional<String> id = caller.session();
        if (id.isEmpty()) {
            return;
        }
        Session session = data.em().find(Session.class, id.get());
        if (session != null && session.staffId().equals(caller.staffId())) {
            end(caller.tenantId(), caller.staffId(), session, Session.EndReason.LOGOUT, clock.instant());
        }
    }

    /** When the sign-in of the caller's session happened; empty for a token issued outside a session. */
    @Transactional
    public Optional<Instant> authTimeOf(Caller caller) {
        return caller.session()
                .map(id -> data.em().find(Session.class, id))
                .filter(s -> s.staffId().equals(caller.staffId()))
                .map(Session::authTime);
    }

    /** The caller's sessions that still go on (not ended, expired or idle too long), in the order they began. */
    @Transactional
    public Page<SessionView> mine(Caller caller, PageRequest request) {
        Instant now = clock.instant();
        TypedQuery<Session> query = data.em()
                .createQuery(
                        "SELECT s FROM Session s WHERE s.staffId = :staff AND s.endedAt IS NULL"
                                + " AND s.expiresAt > :now AND s.lastUsedAt > :idleSince"
                                + (request.after() == null ? "" : " AND s.id > :after")
                                + " ORDER BY s.id",
                        Session.class)
                .setParameter("staff", caller.staffId())
                .setParameter("now", now)
                .setParameter("idleSince", now.minus(Duration.ofMinutes(idleMinutes)));
        if (request.after() != null) {
            query.setParameter("after", request.after());
        }
        String current = caller.session().orElse(null);
        return Page.of(
                query.setMaxResults(request.probeSize()).getResultList(),
                request,
                Session::id,
                session -> SessionView.of(session, current));
    }

    /** Ends one of the caller's sessions; someone else's (or another tenant's) is not found. */
    @Transactional
    public void endMine(Caller caller, String id) {
        Session session = Optional.ofNullable(data.em().find(Session.class, id))
                .filter(s -> s.staffId().equals(caller.staffId()))
                .orElseThrow(() -> new NotFound("session", id));
        end(caller.tenantId(), caller.staffId(), session, Session.EndReason.ENDED_BY_OWNER, clock.instant());
    }

    /** An admin ends every session of staff member {@code staffId}. */
    @Transactional
    public int endAllOfStaff(Caller admin, String staffId) {
        staff.get(staffId);
        return endAllOf(admin, staffId, Session.EndReason.ENDED_BY_ADMIN);
    }

    /** Ends every session of {@code staffId} that goes on, in the caller's transaction; answers how many. */
    public int endAllOf(Caller actor, String staffId, Session.EndReason reason) {
        return endAllBut(actor, staffId, null, reason);
    }

    /** Ends every session of the caller but this request's, in the caller's transaction; answers how many. */
    public int endOthersOf(Caller caller, Session.EndReason reason) {
        return endAllBut(caller, caller.staffId(), caller.session().orElse(null), reason);
    }

    private int endAllBut(Caller actor, String staffId, String kept, Session.EndReason reason) {
        Instant now = clock.instant();
        List<Session> going = data.em()
                .createQuery("SELECT s FROM Session s WHERE s.staffId = :staff AND s.endedAt IS NULL", Session.class)
                .setParameter("staff", staffId)
                .getResultList();
        int count = 0;
        for (Session session : going) {
            if (!session.id().equals(kept) && end(actor.tenantId(), actor.staffId(), session, reason, now)) {
                count++;
            }
        }
        return count;
    }

    private boolean end(TenantId tenant, String actorId, Session session, Session.EndReason reason, Instant now) {
        if (!session.end(reason, now)) {
            return false;
        }
        data.em().flush();
        ended.fire(new SessionEnded(tenant, actorId, session.id(), session.staffId(), reason.code(), now));
        return true;
    }

    private SignedIn signedIn(Staff member, TenantId tenant, Session session, String secret, Instant now) {
        AccessTokens.IssuedToken token = tokens.issue(
                member.id(), member.username(), tenant, session.methods(), session.id(), session.authTime());
        String cookie = new RefreshCookie(tenant.value(), session.id(), secret).header(session.secondsLeft(now));
        return new SignedIn(session.id(), token.accessToken(), token.expiresIn(), cookie);
    }

    /** SHA-256 of a 256-bit random secret (refresh and SCIM tokens, SSO state), hex: no salt or stretching is needed. */
    public static String hash(String secret) {
        return Sha256.hex(secret);
    }

    /** What a refresh came to: a new access token and cookie, or the reason for a 401. */
    public record Refresh(SignedIn signedIn, String refusal) {

        static Refresh issued(SignedIn signedIn) {
            return new Refresh(signedIn, null);
        }

        static Refresh refused(String why) {
            return new Refresh(null, why);
        }
    }
}
