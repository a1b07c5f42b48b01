package io.custos.training.course;

import io.custos.platform.id.Ids;
import io.custos.training.content.Material;
import io.custos.training.content.Quiz;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One published version of a course, kept for good and never changed: the statement staff
 * acknowledge, the material they read, the quiz they pass, and the hashes of what they saw.
 */
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

    @Column(name = "material")
    private String material;

    @Column(name = "quiz")
    private String quiz;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

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
            Material material,
            Quiz quiz,
            String publishedBy,
            Instant now) {
        this.id = Ids.newId();
        this.courseId = courseId;
        this.seq = seq;
        this.name = name;
        this.requiresReacknowledgment = requiresReacknowledgment;
        this.statement = statement;
        this.statementHash = Material.sha256(statement);
        this.material = material.toJson();
        this.quiz = quiz == null ? null : quiz.toJson();
        this.contentHash = material.hashWith(statement);
        this.publishedBy = publishedBy;
        this.publishedAt = now;
    }

    /** The statement a version asks staff to acknowledge when its publisher gives none. */
    static String defaultStatement(String title, String version) {
        return "I have completed \"" + title + "\" (version " + version
                + ") and will handle customer data as it teaches.";
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

    public Material material() {
        return Material.fromJson(material);
    }

    /** The quiz with its correct answers: for scoring and authors, never for learners. */
    public Optional<Quiz> quiz() {
        return Quiz.fromJson(quiz);
    }

    /** SHA-256 of the statement and the material: what an acknowledgment of this version saw. */
    public String contentHash() {
        return contentHash;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
