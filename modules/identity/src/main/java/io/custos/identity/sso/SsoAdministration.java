package io.custos.identity.sso;

import io.custos.identity.api.SsoConfigurationChanged;
import io.custos.identity.api.SsoRules;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.crypto.SecretBox;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.versioning.Versioned;
import io.custos.platform.versioning.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's single sign-on as its admins manage it: providers (checked against their discovery
 * document when added; the client secret sealed), bindings of people at a provider to staff, and
 * the SSO-only policy. Every change is audited.
 */
@ApplicationScoped
public class SsoAdministration {

    static final String SECRET_PURPOSE = "sso-client-secret";

    @Inject
    TenantData data;

    @Inject
    SecretBox box;

    @Inject
    OpenIdProviders openId;

    @Inject
    StaffDirectory staff;

    @Inject
    SsoUrls urls;

    @Inject
    Event<SsoConfigurationChanged> changed;

    @Inject
    SsoRules.Store rules;

    @Inject
    Clock clock;

    @Transactional
    public SsoProviderView create(Caller caller, NewSsoProvider request) {
        openId.metadata(request.issuer()); // a provider that cannot be discovered is refused now, not at sign-in
        Instant now = clock.instant();
        SsoProvider provider = new SsoProvider(request, now);
        provider.sealClientSecret(
                box.seal(SECRET_PURPOSE, provider.id(), request.clientSecret().getBytes(StandardCharsets.UTF_8)));
        EntityManager em = data.em();
        em.persist(provider);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "uq_identity_sso_provider_name")) {
                throw new Conflict("sso-provider-name-taken", "a provider named " + request.name() + " exists already");
            }
            throw e;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", provider.name());
        details.put("issuer", provider.issuer());
        details.put("clientId", provider.clientId());
        details.put("matchBy", provider.matchBy().name());
        details.put("createStaff", provider.createStaff());
        details.put("trustedAcr", provider.trustedAcr());
        details.put("trustedAmr", provider.trustedAmr());
        fire(caller, "sso-provider.create", "sso-provider", provider.id(), details, now);
        return view(provider);
    }

    @Transactional
    public Page<SsoProviderView> page(PageRequest request) {
        TypedQuery<SsoProvider> query = data.em()
                .createQuery(
                        "SELECT p FROM SsoProvider p"
                                + (request.after() == null ? "" : " WHERE p.id > :after")
                                + " ORDER BY p.id",
                        SsoProvider.class);
        if (request.after() != null) {
            query.setParameter("after", request.after());
        }
        return Page.of(query.setMaxResults(request.probeSize()).getResultList(), request, SsoProvider::id, this::view);
    }

    @Transactional
    public Versioned<SsoProviderView> view(String id) {
        SsoProvider provider = provider(id);
        return new Versioned<>(view(provider), provider.version());
    }

    /** Changes the members present under {@code If-Match}; a new client secret is sealed in place of the old. */
    @Transactional
    public Versioned<SsoProviderView> change(Caller caller, String id, String ifMatch, SsoProviderChange change) {
        SsoProvider provider = provider(id);
        Versions.requireMatch(ifMatch, provider.version());
        List<String> changed = new ArrayList<>(provider.change(change));
        if (change.clientSecret() != null) {
            provider.sealClientSecret(box.seal(
                    SECRET_PURPOSE, provider.id(), change.clientSecret().getBytes(StandardCharsets.UTF_8)));
            changed.add("clientSecret");
        }
        if (!changed.isEmpty()) {
            data.em().flush();
            fire(caller, "sso-provider.update", "sso-provider", id, Map.of("changed", changed), clock.instant());
        }
        return new Versioned<>(view(provider), provider.version());
    }

    @Transactional
    public void delete(Caller caller, String id) {
        SsoProvider provider = provider(id);
        data.em().remove(provider);
        data.em().flush();
        fire(caller, "sso-provider.delete", "sso-provider", id, Map.of("name", provider.name()), clock.instant());
    }

    @Transactional
    public SsoLinkView link(Caller caller, String providerId, NewSsoLink request) {
        SsoProvider provider = provider(providerId);
        Staff member = staff.find(request.staffId())
                .orElseThrow(() -> new InvalidInput("staffId", "no staff member " + request.staffId()));
        SsoLink link = bind(provider, request.subject(), member.id(), clock.instant());
        fire(
                caller,
                "sso-link.create",
                "staff",
                member.id(),
                Map.of("providerId", provider.id(), "subject", request.subject(), "linkId", link.id()),
                clock.instant());
        return new SsoLinkView(link.id(), provider.id(), request.subject(), member.id());
    }

    @Transactional
    public void unlink(Caller caller, String providerId, String linkId) {
        SsoLink link = Optional.ofNullable(data.em().find(SsoLink.class, linkId))
                .filter(l -> l.providerId().equals(providerId))
                .orElseThrow(() -> new NotFound("sso link", linkId));
        data.em().remove(link);
        data.em().flush();
        fire(
                caller,
                "sso-link.delete",
                "staff",
                link.staffId(),
                Map.of("providerId", providerId, "subject", link.subject(), "linkId", linkId),
                clock.instant());
    }

    /** Binds {@code subject} at the provider to a staff member, in the caller's transaction; 409 when it is bound already. */
    SsoLink bind(SsoProvider provider, String subject, String staffId, Instant now) {
        SsoLink link = new SsoLink(provider.id(), subject, staffId, now);
        data.em().persist(link);
        try {
            data.em().flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "uq_identity_sso_link_subject")) {
                throw new Conflict(
                        "sso-subject-linked", "this subject at the provider is bound to a staff member already");
            }
            throw e;
        }
        return link;
    }

    /** The SSO-only policy, a view of the tenant settings' {@code sso} group and their version. */
    @Transactional
    public Versioned<SsoPolicyView> policy() {
        return view(rules.current());
    }

    /**
     * Replaces the policy through the tenant settings: {@code If-Match} names the settings' version
     * (0 before their first change); checked and audited as a change of the settings.
     */
    @Transactional
    public Versioned<SsoPolicyView> changePolicy(Caller caller, String ifMatch, SsoPolicyView request) {
        return view(rules.change(caller, ifMatch, new SsoRules(request.ssoOnly(), request.emergencyAdmins())));
    }

    SsoProvider provider(String id) {
        return Optional.ofNullable(data.em().find(SsoProvider.class, id))
                .orElseThrow(() -> new NotFound("sso provider", id));
    }

    String clientSecret(SsoProvider provider) {
        return new String(
                box.open(SECRET_PURPOSE, provider.id(), provider.sealedClientSecret()), StandardCharsets.UTF_8);
    }

    private SsoProviderView view(SsoProvider provider) {
        return SsoProviderView.of(provider, urls.redirectUri().toString());
    }

    private static Versioned<SsoPolicyView> view(Versioned<SsoRules> rules) {
        return new Versioned<>(
                new SsoPolicyView(rules.view().required(), rules.view().emergencyAdmins()), rules.version());
    }

    private void fire(
            Caller caller, String action, String type, String target, Map<String, Object> details, Instant at) {
        changed.fire(
                new SsoConfigurationChanged(caller.tenantId(), caller.staffId(), action, type, target, details, at));
    }
}
