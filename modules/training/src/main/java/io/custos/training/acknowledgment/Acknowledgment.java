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
 * A staff member's acknowledgment of one course version, or a completion imported from another
 * LMS (with its source system and evidence). Append-only: it records what was acknowledged (the
 * hashes of the statement and of statement and material), the passed quiz attempt behind it, when,
 * from which client, and until when it counts. Rows with {@code passed} false are failed attempts
 * from before the server scored quizzes.
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

    @Column(name = "statement_hash")
    private String statementHash;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "attempt_id")
    private String attemptId;

    @Column(name = "source_system")
    private String sourceSystem;

    @Column(name = "evidence_ref")
    private String evidenceRef;

    @Column(name = "imported_by")
    private String importedBy;

    @Column(name = "client")
    private String client;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected Acknowledgment() {}

    private Acknowledgment(
            String courseId,
            String staffId,
            int versionSeq,
            String versionName,
            Integer score,
            Instant at,
            int validityMonths) {
        this.id = Ids.newId();
        this.courseId = courseId;
        this.staffId = staffId;
        this.versionSeq = versionSeq;
        this.versionName = versionName;
        this.score = score;
        this.passed = true;
        this.acknowledgedAt = at;
        this.expiresAt = expiryOf(at, validityMonths);
    }

    /** The staff member acknowledged a version here: its hashes, and the passed attempt when it has a quiz. */
    static Acknowledgment acknowledged(
            String courseId,
            String staffId,
            int versionSeq,
            String versionName,
            String statementHash,
            String contentHash,
            String attemptId,
            Integer score,
            String client,
            Instant now,
            int validityMonths) {
        Acknowledgment a = new Acknowledgment(courseId, staffId, versionSeq, versionName, score, now, validityMonths);
        a.statementHash = statementHash;
        a.contentHash = contentHash;
        a.attemptId = attemptId;
        a.client = client;
        return a;
    }

    /** A completion recorded by another LMS, counted from when it was completed there. */
    public static Acknowledgment imported(
            String courseId,
            String staffId,
            int versionSeq,
            String versionName,
            Integer score,
            Instant completedAt,
            int validityMonths,
            String sourceSystem,
            String evidenceRef,
            String importedBy) {
        Acknowledgment a =
                new Acknowledgment(courseId, staffId, versionSeq, versionName, score, completedAt, validityMonths);
        a.sourceSystem = sourceSystem;
        a.evidenceRef = evidenceRef;
        a.importedBy = importedBy;
        return a;
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

    public String contentHash() {
        return contentHash;
    }

    public String attemptId() {
        return attemptId;
    }

    /** The LMS a completion was imported from; null for acknowledgments made here. */
    public String sourceSystem() {
        return sourceSystem;
    }

    public String evidenceRef() {
        return evidenceRef;
    }

    public int versionSeq() {
        return versionSeq;
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
