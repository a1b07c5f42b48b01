package io.custos.identity.mfa;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One single-use recovery code, kept only as a keyed hash. */
@Entity
@Table(name = "identity_recovery_code")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class RecoveryCode {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "staff_id", nullable = false)
    private String staffId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(String staffId, String codeHash) {
        this.id = Ids.newId();
        this.staffId = staffId;
        this.codeHash = codeHash;
    }

    void use(Instant now) {
        usedAt = now;
    }
}
