package io.custos.identity.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Whether the tenant's staff must sign in through single sign-on. The emergency admins it names
 * may still use their password, so a provider that is down does not lock the tenant out.
 */
@Entity
@Table(name = "identity_sso_policy")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class SsoPolicy {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "sso_only", nullable = false)
    private boolean ssoOnly;

    @Column(name = "emergency_admins", nullable = false)
    private String emergencyAdmins;

    @Version
    @Column(name = "version")
    private long version;

    protected SsoPolicy() {}

    /** The tenant's first policy row: its id is the tenant's, so there is never a second. */
    SsoPolicy(String tenantId) {
        this.id = tenantId;
        this.emergencyAdmins = "";
    }

    void change(boolean ssoOnly, List<String> emergencyAdmins) {
        this.ssoOnly = ssoOnly;
        this.emergencyAdmins = String.join(" ", emergencyAdmins);
    }

    boolean allowsPasswordOf(String staffId) {
        return !ssoOnly || emergencyAdmins().contains(staffId);
    }

    boolean ssoOnly() {
        return ssoOnly;
    }

    List<String> emergencyAdmins() {
        return emergencyAdmins.isBlank() ? List.of() : Arrays.asList(emergencyAdmins.split(" "));
    }

    long version() {
        return version;
    }
}
