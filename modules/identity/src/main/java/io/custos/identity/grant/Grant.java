package io.custos.identity.grant;

import io.custos.platform.id.Ids;
import io.custos.platform.problem.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A role given to a staff member over a scope, for a validity window, with a reason. Revocation
 * ends it and keeps it as history; a grant that ended or has not started gives nothing.
 */
@Entity
@Table(name = "identity_grant")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Grant {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "staff_id", nullable = false)
    private String staffId;

    @Column(name = "role_id", nullable = false)
    private String roleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false)
    private ScopeType scopeType;

    @Column(name = "scope_id")
    private String scopeId;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "granted_by")
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoke_reason")
    private String revokeReason;

    @Version
    @Column(name = "version")
    private long version;

    protected Grant() {}

    Grant(
            String staffId,
            String roleId,
            ScopeType scopeType,
            String scopeId,
            Instant validFrom,
            Instant validUntil,
            String reason,
            String grantedBy,
            Instant now) {
        this.id = Ids.newId();
        this.staffId = staffId;
        this.roleId = roleId;
        this.scopeType = scopeType;
        this.scopeId = scopeId;
        this.validFrom = validFrom == null ? now : validFrom;
        this.validUntil = validUntil;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = now;
    }

    /** The first admin's grant: TENANT_ADMIN over the whole tenant, from onboarding on. */
    public static Grant tenantWideAtOnboarding(String staffId, String roleId, Instant now) {
        return new Grant(staffId, roleId, ScopeType.TENANT, null, now, null, "onboarding", null, now);
    }

    public String id() {
        return id;
    }

    public String staffId() {
        return staffId;
    }

    public String roleId() {
        return roleId;
    }

    public ScopeType scopeType() {
        return scopeType;
    }

    public boolean isActiveAt(Instant now) {
        return statusAt(now) == GrantStatus.ACTIVE;
    }

    public GrantStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return GrantStatus.REVOKED;
        }
        if (now.isBefore(validFrom)) {
            return GrantStatus.PENDING;
        }
        if (validUntil != null && !now.isBefore(validUntil)) {
            return GrantStatus.EXPIRED;
        }
        return GrantStatus.ACTIVE;
    }

    /** Ends the grant and keeps it as history; a grant is revoked once. */
    void revoke(String by, String reason, Instant now) {
        if (revokedAt != null) {
            throw new Conflict("grant-revoked", "grant " + id + " was revoked already");
        }
        this.revokedAt = now;
        this.revokedBy = by;
        this.revokeReason = reason;
    }

    public Scope scope() {
        return new Scope(scopeType, scopeId);
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String reason() {
        return reason;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public String revocationReason() {
        return revokeReason;
    }
}
