package io.custos.training.quiz;

import io.custos.platform.id.Ids;
import io.custos.platform.json.Json;
import io.custos.platform.json.StrictJson;
import io.custos.platform.problem.Conflict;
import io.custos.training.content.Quiz;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One attempt at the quiz of a course version: the questions the server drew for it, then the
 * answers given and the score the server gave them. Kept for good, passed or not.
 */
@Entity
@Table(name = "training_attempt")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Attempt {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "staff_id", nullable = false)
    private String staffId;

    @Column(name = "version_seq", nullable = false)
    private int versionSeq;

    @Column(name = "version_name", nullable = false)
    private String versionName;

    @Column(name = "questions", nullable = false)
    private String questions;

    @Column(name = "answers")
    private String answers;

    @Column(name = "score")
    private Integer score;

    @Column(name = "passed")
    private Boolean passed;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Attempt() {}

    Attempt(String courseId, String staffId, int versionSeq, String versionName, List<String> questions, Instant now) {
        this.id = Ids.newId();
        this.courseId = courseId;
        this.staffId = staffId;
        this.versionSeq = versionSeq;
        this.versionName = versionName;
        this.questions = String.join(",", questions);
        this.startedAt = now;
    }

    /** Records the answers and the server's score; an attempt is submitted once (409 after). */
    void submit(Submission answers, Quiz.Scored scored, Instant now) {
        if (submittedAt != null) {
            throw new Conflict("attempt-submitted", "attempt " + id + " was submitted at " + submittedAt);
        }
        this.answers = Json.write(answers);
        this.score = scored.score();
        this.passed = scored.passed();
        this.submittedAt = now;
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

    public int versionSeq() {
        return versionSeq;
    }

    public String versionName() {
        return versionName;
    }

    /** The ids of the questions drawn for this attempt, in the order asked. */
    public List<String> questionIds() {
        return Arrays.asList(questions.split(","));
    }

    public Optional<Submission> answers() {
        return Optional.ofNullable(answers).map(a -> StrictJson.read(a, Submission.class));
    }

    public Integer score() {
        return score;
    }

    public boolean passed() {
        return Boolean.TRUE.equals(passed);
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
