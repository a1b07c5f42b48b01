package io.custos.consent.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One consent event: never changed, except that erasure blanks its evidence and guardian. */
@Entity
@Table(name = "consent_event")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class ConsentEvent {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private String customerId;

    @Column(name = "purpose", nullable = false, updatable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, updatable = false)
    private ConsentState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false)
    private ConsentSource source;

    @Column(name = "policy_version", updatable = false)
    private String policyVersion;

    @Column(name = "evidence")
    private String evidence;

    @Column(name = "guardian")
    private String guardian;

    @Column(name = "notice_id", updatable = false)
    private String noticeId;

    @Column(name = "evidence_sha256", updatable = false)
    private String evidenceSha256;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ConsentEvent() {}

    ConsentEvent(String id, String customerId, NewConsent consent, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.customerId = customerId;
        this.purpose = consent.purpose();
        this.state = consent.state();
        this.source = consent.source();
        this.policyVersion = consent.policyVersion();
        this.evidence = consent.evidence();
        this.guardian = consent.guardian();
        this.noticeId = consent.noticeId();
        this.evidenceSha256 = EvidenceHash.of(noticeId, evidence, guardian);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Erasure: the free texts may hold personal data; the fact of the event stays. */
    void blankPersonalData(Instant at) {
        evidence = null;
        guardian = null;
        if (erasedAt == null) {
            erasedAt = at;
        }
    }

    /** Whether the notice, evidence and guardian still hash to {@code hash}; after erasure only the kept hash can. */
    boolean hashesTo(String hash) {
        return erasedAt == null
                ? EvidenceHash.of(noticeId, evidence, guardian).equals(hash)
                : hash.equals(evidenceSha256);
    }

    boolean erased() {
        return erasedAt != null;
    }

    String customerId() {
        return customerId;
    }

    String evidenceSha256() {
        return evidenceSha256;
    }

    public ConsentRecord record() {
        return new ConsentRecord(
                id,
                customerId,
                purpose,
                state,
                source,
                policyVersion,
                evidence,
                guardian,
                recordedAt,
                recordedBy,
                noticeId,
                evidenceSha256);
    }

    String id() {
        return id;
    }
}
