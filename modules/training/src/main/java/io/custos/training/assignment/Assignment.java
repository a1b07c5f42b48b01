package io.custos.training.assignment;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A course a staff member must hold a current acknowledgment of, and by when. */
@Entity
@Table(name = "training_assignment")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Assignment {

    /** How long staff have to acknowledge a course newly required of them. */
    public static final Duration GRACE = Duration.ofDays(30);

    public enum Source {
        /** Follows the staff member's grants and the course's rules; never typed by hand. */
        DERIVED,
        /** Set by a training manager. */
        MANUAL
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "staff_id", nullable = false)
    private String staffId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private Source source;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    protected Assignment() {}

    private Assignment(String courseId, String staffId, Source source, String assignedBy, Instant now, Instant dueAt) {
        this.id = Ids.newId();
        this.courseId = courseId;
        this.staffId = staffId;
        this.source = source;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
        this.dueAt = dueAt;
    }

    static Assignment derived(String courseId, String staffId, String cause, Instant now) {
        return new Assignment(courseId, staffId, Source.DERIVED, cause, now, now.plus(GRACE));
    }

    static Assignment manual(String courseId, String staffId, String by, Instant now, Instant dueAt) {
        return new Assignment(courseId, staffId, Source.MANUAL, by, now, dueAt == null ? now.plus(GRACE) : dueAt);
    }

    /**
     * A new version requires everyone to acknowledge again: those who were current get the grace
     * anew. Answers whether the due date moved.
     */
    boolean renewDue(Instant now) {
        Instant renewed = now.plus(GRACE);
        if (renewed.isAfter(dueAt)) {
            dueAt = renewed;
            return true;
        }
        return false;
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

    public Source source() {
        return source;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }
}
