package io.custos.requests.breach;

import io.custos.platform.problem.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A notification a pack's law asks for, due by the pack's deadline; completed once, with how it was made. */
@Entity
@Table(name = "requests_breach_task")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class BreachTask {

    public enum Kind {
        NOTIFY_AUTHORITY,
        NOTIFY_INDIVIDUALS
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "breach_id", nullable = false)
    private String breachId;

    @Column(name = "pack_code", nullable = false)
    private String packCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "note")
    private String note;

    @Version
    @Column(name = "version")
    private long version;

    protected BreachTask() {}

    BreachTask(String id, String breachId, String packCode, Kind kind, Instant dueAt) {
        this.id = id;
        this.breachId = breachId;
        this.packCode = packCode;
        this.kind = kind;
        this.dueAt = dueAt;
    }

    /** Refuses a second completion: the first one's time and note are the record. */
    void complete(String staffId, String note, Instant at) {
        if (completedAt != null) {
            throw new Conflict("task-completed", "The task was completed already");
        }
        this.completedAt = at;
        this.completedBy = staffId;
        this.note = note;
    }

    String id() {
        return id;
    }

    String breachId() {
        return breachId;
    }

    String packCode() {
        return packCode;
    }

    Kind kind() {
        return kind;
    }

    Instant dueAt() {
        return dueAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    BreachView.TaskView view(Instant now) {
        boolean overdue = completedAt == null && dueAt != null && dueAt.isBefore(now);
        return new BreachView.TaskView(id, packCode, kind, dueAt, overdue, completedAt, completedBy, note);
    }
}
