package io.custos.training.acknowledgment;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A staff member's acknowledgment of one course version, or a failed attempt (score below the
 * pass mark). Append-only: it records what was acknowledged (the statement's hash), when, from
 * which client, and until when it counts.
 */
@Entity
@Table(name = "training_acknowledgment")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Acknowledgment {

    @Id
    @Column(name = "id")
    private String id;

    /** Assigned by the database; orders a staff member's attempts. */
    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "staff_id", nullable = false)
    private String staffId;

    @Column(name = "version_seq", nullable = false)
    private int versionSeq;

    @Column(name = "version_name", nullable = false)
    private String versionName;

    @Column(name = "score")
    private Integer score;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    @Column(name = "statement_hash", nullable = false)
    private String statementHash;

    @Column(name = "client")
    private String client;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected Acknowledgment() {}

    Acknowledgment(
            String courseId,
            String staffId,
            int versionSeq,
            String versionName,
            Integer score,
            boolean passed,
            String statementHash,
            String client,
            Instant now,
            int validityMonths) {
        this.id = Ids.newId();
        this.courseId = courseId;
        this.staffId = staffId;
        this.versionSeq = versionSeq;
        this.versionName = versionName;
        this.score = score;
        this.passed = passed;
        this.statementHash = statementHash;
        this.client = client;
        this.acknowledgedAt = now;
        this.expiresAt = expiryOf(now, validityMonths);
    }

    /** Calendar months in UTC: acknowledged on 31 January for one month, valid until 28/29 February. */
    public static Instant expiryOf(Instant acknowledgedAt, int validityMonths) {
        return acknowledgedAt
                .atOffset(ZoneOffset.UTC)
                .plusMonths(validityMonths)
                .toInstant();
    }

    Standing.Attempt attempt() {
        return new Standing.Attempt(versionSeq, versionName, passed, acknowledgedAt, expiresAt);
    }

    public String id() {
        return id;
    }

    public String courseId() {
        return courseId;
    }

    public String staffId() {
        return staffId;
    }

    public String versionName() {
        return versionName;
    }

    public Integer score() {
        return score;
    }

    public boolean passed() {
        return passed;
    }

    public String statementHash() {
        return statementHash;
    }

    public String client() {
        return client;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
