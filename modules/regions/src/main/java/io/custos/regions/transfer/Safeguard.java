package io.custos.regions.transfer;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A safeguard the tenant has for transfers out of one pack's countries (PIPL Art. 38: a standard
 * contract, a security assessment or a certification), valid over a span of days. Kept as recorded:
 * a safeguard that ends is superseded by a new one, never edited.
 */
@Entity
@Table(name = "regions_transfer_safeguard")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Safeguard {

    /** The kinds of safeguard the laws with a volume threshold name. */
    public enum Kind {
        STANDARD_CONTRACT,
        SECURITY_ASSESSMENT,
        CERTIFICATION
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "pack_code", nullable = false)
    private String packCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "reference", nullable = false)
    private String reference;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Safeguard() {}

    Safeguard(
            String packCode,
            Kind kind,
            LocalDate validFrom,
            LocalDate validUntil,
            String reference,
            String recordedBy,
            Instant now) {
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil before validFrom");
        }
        this.id = Ids.newId();
        this.packCode = packCode;
        this.kind = kind;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** Whether transfers on {@code day} rest on this safeguard. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public String id() {
        return id;
    }

    public String packCode() {
        return packCode;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String reference() {
        return reference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
