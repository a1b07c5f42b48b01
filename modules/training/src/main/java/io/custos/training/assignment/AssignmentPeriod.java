package io.custos.training.assignment;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A stretch of an assignment with one due date and one home store, kept after the assignment is
 * gone: what the monthly reports count. Open while {@code endedAt} is null.
 */
@Entity
@Table(name = "training_assignment_period")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class AssignmentPeriod {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "assignment_id", nullable = false)
    private String assignmentId;

    @Column(name = "course_id", nullable = false)
    private String courseId;

    @Column(name = "staff_id", nullable = false)
    private String staffId;

    @Column(name = "store_id")
    private String storeId;

    @Column(name = "region_id")
    private String regionId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected AssignmentPeriod() {}

    AssignmentPeriod(Assignment assignment, Home home, Instant startedAt) {
        this.id = Ids.newId();
        this.assignmentId = assignment.id();
        this.courseId = assignment.courseId();
        this.staffId = assignment.staffId();
        this.storeId = home.storeId();
        this.regionId = home.regionId();
        this.startedAt = startedAt;
        this.dueAt = assignment.dueAt();
    }

    void end(Instant at) {
        endedAt = at;
    }

    boolean isAt(Home home) {
        return home.equals(new Home(storeId, regionId));
    }

    public String assignmentId() {
        return assignmentId;
    }

    public String courseId() {
        return courseId;
    }

    public String staffId() {
        return staffId;
    }

    public String storeId() {
        return storeId;
    }

    public String regionId() {
        return regionId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    /** A staff member's home store and its region at some time; both null without a home store. */
    record Home(String storeId, String regionId) {}
}
