package io.custos.platform.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One claimed run of a recurring job: read here, written with native statements by {@link JobSlots}. */
@Entity
@Table(name = "platform_job_run")
@IdClass(JobRun.Key.class)
public class JobRun {

    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";
    static final String DEAD = "DEAD";

    @Id
    @Column(name = "job")
    private String job;

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Id
    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected JobRun() {}

    String job() {
        return job;
    }

    String tenantId() {
        return tenantId;
    }

    Instant dueAt() {
        return dueAt;
    }

    int attempts() {
        return attempts;
    }

    /** The primary key: job, tenant ('' for a cluster-wide job), due time. */
    public static class Key implements Serializable {
        private String job;
        private String tenantId;
        private Instant dueAt;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && job.equals(key.job)
                    && tenantId.equals(key.tenantId)
                    && dueAt.equals(key.dueAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(job, tenantId, dueAt);
        }
    }
}
