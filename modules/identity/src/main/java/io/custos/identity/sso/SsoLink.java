package io.custos.identity.sso;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A person at a provider (its {@code sub}) bound to a staff member: set by an admin, by
 * just-in-time creation, or by the first sign-in matched by verified e-mail, so a later change of
 * e-mail at the provider does not move the binding to someone else.
 */
@Entity
@Table(name = "identity_sso_link")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class SsoLink {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "staff_id", nullable = false)
    private String staffId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SsoLink() {}

    SsoLink(String providerId, String subject, String staffId, Instant now) {
        this.id = Ids.newId();
        this.providerId = providerId;
        this.subject = subject;
        this.staffId = staffId;
        this.createdAt = now;
    }

    String id() {
        return id;
    }

    String providerId() {
        return providerId;
    }

    String subject() {
        return subject;
    }

    String staffId() {
        return staffId;
    }
}
