package io.custos.training.course;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One published version of a course, kept for good: the statement staff acknowledge and its hash. */
@Entity
@Table(name = "training_course_version")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class CourseVersion {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "requires_reacknowledgment", nullable = false)
    private boolean requiresReacknowledgment;

    @Column(name = "statement", nullable = false)
    private String statement;

    @Column(name = "statement_hash", nullable = false)
    private String statementHash;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected CourseVersion() {}

    CourseVersion(
            String courseId,
            int seq,
            String name,
            boolean requiresReacknowledgment,
            String statement,
            String publishedBy,
            Instant now) {
        this.id = Ids.newId();
        this.courseId = courseId;
        this.seq = seq;
        this.name = name;
        this.requiresReacknowledgment = requiresReacknowledgment;
        this.statement = statement;
        this.statementHash = sha256(statement);
        this.publishedBy = publishedBy;
        this.publishedAt = now;
    }

    /** The statement a version asks staff to acknowledge when its publisher gives none. */
    static String defaultStatement(String title, String version) {
        return "I have completed \"" + title + "\" (version " + version
                + ") and will handle customer data as it teaches.";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String id() {
        return id;
    }

    public String courseId() {
        return courseId;
    }

    public int seq() {
        return seq;
    }

    public String name() {
        return name;
    }

    public boolean requiresReacknowledgment() {
        return requiresReacknowledgment;
    }

    public String statement() {
        return statement;
    }

    public String statementHash() {
        return statementHash;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
