package io.custos.identity.sso;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An OpenID Provider the tenant's staff may sign in with: where it is (its issuer, whose discovery
 * document names everything else), this tenant's client at it, how a signed-in person is matched to
 * a staff member, and which of the provider's {@code acr}/{@code amr} values the tenant trusts as a
 * second factor. The client secret is kept sealed.
 */
@Entity
@Table(name = "identity_sso_provider")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class SsoProvider {

    /** How the person an ID token names is found among the staff. */
    public enum MatchBy {
        /** The staff member bound to the token's {@code sub} at this provider (by an admin or by just-in-time creation). */
        SUBJECT,
        /** The staff member whose e-mail is the token's {@code email}, which the provider must mark verified. */
        EMAIL
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "issuer", nullable = false)
    private String issuer;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "client_secret", nullable = false)
    private String sealedClientSecret;

    @Column(name = "scopes", nullable = false)
    private String scopes;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_by", nullable = false)
    private MatchBy matchBy;

    @Column(name = "create_staff", nullable = false)
    private boolean createStaff;

    @Column(name = "trusted_acr", nullable = false)
    private String trustedAcr;

    @Column(name = "trusted_amr", nullable = false)
    private String trustedAmr;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected SsoProvider() {}

    SsoProvider(NewSsoProvider request, Instant now) {
        this.id = Ids.newId();
        this.name = request.name();
        this.issuer = request.issuer();
        this.clientId = request.clientId();
        this.scopes = String.join(" ", withOpenId(request.scopes()));
        this.matchBy = request.matchBy();
        this.createStaff = Boolean.TRUE.equals(request.createStaff());
        this.trustedAcr = joined(request.trustedAcr());
        this.trustedAmr = joined(request.trustedAmr());
        this.createdAt = now;
    }

    /** The secret is bound to this provider's id, so it is sealed after the id exists. */
    void sealClientSecret(String sealed) {
        this.sealedClientSecret = sealed;
    }

    /** Applies the members present; answers the names of those that changed. */
    java.util.List<String> change(SsoProviderChange change) {
        java.util.List<String> changed = new java.util.ArrayList<>();
        if (change.scopes() != null && !withOpenId(change.scopes()).equals(scopes())) {
            scopes = String.join(" ", withOpenId(change.scopes()));
            changed.add("scopes");
        }
        if (change.matchBy() != null && change.matchBy() != matchBy) {
            matchBy = change.matchBy();
            changed.add("matchBy");
        }
        if (change.createStaff() != null && change.createStaff() != createStaff) {
            createStaff = change.createStaff();
            changed.add("createStaff");
        }
        if (change.trustedAcr() != null && !change.trustedAcr().equals(trustedAcr())) {
            trustedAcr = joined(change.trustedAcr());
            changed.add("trustedAcr");
        }
        if (change.trustedAmr() != null && !change.trustedAmr().equals(trustedAmr())) {
            trustedAmr = joined(change.trustedAmr());
            changed.add("trustedAmr");
        }
        return changed;
    }

    /** {@code openid} first, then the others once each: without it there is no ID token. */
    static List<String> withOpenId(List<String> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            return NewSsoProvider.DEFAULT_SCOPES;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("openid"), scopes.stream())
                .distinct()
                .toList();
    }

    /**
     * Whether the provider's account of the sign-in proves a second factor by this tenant's trust:
     * its {@code acr} is one the tenant trusts, or one of its {@code amr} values is.
     */
    boolean trustsAsSecondFactor(String acr, Collection<String> amr) {
        Set<String> acrs = Set.copyOf(trustedAcr());
        Set<String> amrs = Set.copyOf(trustedAmr());
        return (acr != null && acrs.contains(acr)) || amr.stream().anyMatch(amrs::contains);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    long version() {
        return version;
    }

    String sealedClientSecret() {
        return sealedClientSecret;
    }

    public List<String> scopes() {
        return split(scopes);
    }

    public MatchBy matchBy() {
        return matchBy;
    }

    public boolean createStaff() {
        return createStaff;
    }

    public List<String> trustedAcr() {
        return split(trustedAcr);
    }

    public List<String> trustedAmr() {
        return split(trustedAmr);
    }

    public Instant createdAt() {
        return createdAt;
    }

    private static String joined(List<String> values) {
        return values == null ? "" : String.join(" ", values);
    }

    private static List<String> split(String joined) {
        return joined.isBlank() ? List.of() : Arrays.asList(joined.split(" "));
    }
}
