package io.custos.training.course;

import io.custos.platform.id.Ids;
import io.custos.training.content.Material;
import io.custos.training.content.Quiz;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A version being written: its content changes until it is published, and then the draft is gone. */
@Entity
@Table(name = "training_course_draft")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class CourseDraft {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "requires_reacknowledgment", nullable = false)
    private boolean requiresReacknowledgment;

    @Column(name = "statement")
    private String statement;

    @Column(name = "material")
    private String material;

    @Column(name = "quiz")
    private String quiz;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected CourseDraft() {}

    CourseDraft(String courseId, String name, String createdBy, Instant now) {
        this.id = Ids.newId();
        this.courseId = courseId;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the whole content: what a PUT of the draft says is what it holds. */
    void write(boolean requiresReacknowledgment, String statement, Material material, Quiz quiz, Instant now) {
        this.requiresReacknowledgment = requiresReacknowledgment;
        this.statement = statement == null || statement.isBlank() ? null : statement;
        this.material = material.toJson();
        this.quiz = quiz == null ? null : quiz.toJson();
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String courseId() {
        return courseId;
    }

    public String name() {
        return name;
    }

    public boolean requiresReacknowledgment() {
        return requiresReacknowledgment;
    }

    /** Null: the version will ask the default statement. */
    public String statement() {
        return statement;
    }

    public Material material() {
        return Material.fromJson(material);
    }

    public Optional<Quiz> quiz() {
        return Quiz.fromJson(quiz);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
