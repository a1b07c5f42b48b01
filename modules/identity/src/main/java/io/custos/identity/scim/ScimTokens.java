package io.custos.identity.scim;

import io.custos.identity.api.ScimTokenChanged;
import io.custos.identity.session.Sessions;
import io.custos.platform.id.Ids;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.security.ProvisioningTokens;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issues, rotates and revokes the bound tenant's SCIM tokens, and recognises them on SCIM requests.
 * A token reads {@code scim.<tenant id>.<token id>.<secret>}: the prefix finds the tenant and the
 * stored hash, the 256-bit secret proves possession.
 */
@ApplicationScoped
public class ScimTokens implements ProvisioningTokens {

    private static final Pattern SHAPE =
            Pattern.compile("^scim\\.([0-9a-f-]{36})\\.([0-9a-f-]{36})\\.([A-Za-z0-9_-]{43})$");

    @Inject
    TenantData data;

    @Inject
    Event<ScimTokenChanged> changed;

    @Inject
    Clock clock;

    @Transactional
    public IssuedScimToken create(Caller caller, NewScimToken request) {
        String secret = Ids.newSecret();
        Instant now = clock.instant();
        ScimToken token = new ScimToken(request.name().strip(), Sessions.hash(secret), caller.staffId(), now);
        data.em().persist(token);
        changed.fire(event(caller, token, ScimTokenChanged.Change.CREATE, now));
        return IssuedScimToken.of(token, bearer(caller.tenantId(), token, secret));
    }

    @Transactional
    public IssuedScimToken rotate(Caller caller, String id) {
        ScimToken token = live(id);
        String secret = Ids.newSecret();
        Instant now = clock.instant();
        token.rotate(Sessions.hash(secret), now);
        changed.fire(event(caller, token, ScimTokenChanged.Change.ROTATE, now));
        return IssuedScimToken.of(token, bearer(caller.tenantId(), token, secret));
    }

    @Transactional
    public void revoke(Caller caller, String id) {
        ScimToken token = live(id);
        Instant now = clock.instant();
        token.revoke(now);
        changed.fire(event(caller, token, ScimTokenChanged.Change.REVOKE, now));
    }

    @Transactional
    public ScimTokenView view(String id) {
        return ScimTokenView.of(live(id));
    }

    /** The tokens that work, oldest first. */
    @Transactional
    public Page<ScimTokenView> page(PageRequest request) {
        String jpql = "SELECT t FROM ScimToken t WHERE t.revokedAt IS NULL"
                + (request.after() == null ? "" : " AND t.id > :after")
                + " ORDER BY t.id";
        var query = data.em().createQuery(jpql, ScimToken.class);
        if (request.after() != null) {
            query.setParameter("after", request.after());
        }
        return Page.of(
                query.setMaxResults(request.probeSize()).getResultList(), request, ScimToken::id, ScimTokenView::of);
    }

    @Override
    @Transactional
    public Optional<Caller> verify(String presented) {
        var shape = SHAPE.matcher(presented);
        if (!shape.matches()) {
            return Optional.empty();
        }
        TenantId tenant = new TenantId(shape.group(1));
        String id = shape.group(2);
        byte[] digest = Sessions.hash(shape.group(3)).getBytes(StandardCharsets.US_ASCII);
        return TenantScope.supply(tenant, () -> Optional.ofNullable(data.em().find(ScimToken.class, id))
                .filter(token -> !token.isRevoked())
                // Constant time: the comparison says nothing about how much of the hash matched.
                .filter(token -> MessageDigest.isEqual(token.secretHash().getBytes(StandardCharsets.US_ASCII), digest))
                .map(token -> Caller.provisioning(tenant, actorId(token.id()), token.id())));
    }

    /** How a token's work is named on the audit trail. */
    static String actorId(String tokenId) {
        return "scim:" + tokenId;
    }

    private ScimToken live(String id) {
        return Optional.ofNullable(data.em().find(ScimToken.class, id))
                .filter(token -> !token.isRevoked())
                .orElseThrow(() -> new NotFound("scim-token", id));
    }

    private static String bearer(TenantId tenant, ScimToken token, String secret) {
        return "scim." + tenant.value() + "." + token.id() + "." + secret;
    }

    private static ScimTokenChanged event(Caller caller, ScimToken token, ScimTokenChanged.Change change, Instant at) {
        return new ScimTokenChanged(caller.tenantId(), caller.staffId(), token.id(), change, token.name(), at);
    }
}
