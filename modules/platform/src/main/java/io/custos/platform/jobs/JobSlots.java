package io.custos.platform.jobs;

import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The claims of job runs, each a short transaction of its own. A slot is claimed by inserting
 * its row: the primary key (job, tenant, due time) lets exactly one instance in, without locks a
 * second instance would wait on. A retry is claimed by a conditional update of the attempt count
 * it read, so of two instances retrying the same run only one matches.
 */
@ApplicationScoped
public class JobSlots {

    /** A run still RUNNING this long after its claim belongs to an instance that died: it is taken again. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    static final int ERROR_LENGTH = 1000;

    @Inject
    TenantData data;

    /** Claims the first attempt of a slot; false when another instance (or an earlier round) has it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, String tenant, Instant dueAt, String instance, Instant now) {
        return em().createNativeQuery("INSERT IGNORE INTO platform_job_run"
                                + " (job, tenant_id, due_at, status, attempts, claimed_by, claimed_at)"
                                + " VALUES (?1, ?2, ?3, 'RUNNING', 1, ?4, ?5)")
                        .setParameter(1, job)
                        .setParameter(2, tenant)
                        .setParameter(3, utc(dueAt))
                        .setParameter(4, instance)
                        .setParameter(5, utc(now))
                        .executeUpdate()
                == 1;
    }

    /** Runs to try again now: failed ones whose back-off has passed, and ones their instance abandoned. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<JobRun> retryable(Instant now, int limit) {
        return em().createQuery(
                        "SELECT r FROM JobRun r WHERE (r.status = :failed AND r.nextAttemptAt <= :now)"
                                + " OR (r.status = :running AND r.claimedAt < :abandoned) ORDER BY r.dueAt",
                        JobRun.class)
                .setParameter("failed", JobRun.FAILED)
                .setParameter("running", JobRun.RUNNING)
                .setParameter("now", now)
                .setParameter("abandoned", now.minus(ABANDONED_AFTER))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Claims the next attempt of {@code run} as read; false when another instance took it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean reclaim(JobRun run, String instance, Instant now) {
        return em().createNativeQuery("UPDATE platform_job_run"
                                + " SET status = 'RUNNING', attempts = attempts + 1, claimed_by = ?1, claimed_at = ?2,"
                                + " next_attempt_at = NULL"
                                + " WHERE job = ?3 AND tenant_id = ?4 AND due_at = ?5 AND attempts = ?6"
                                + " AND status IN ('FAILED', 'RUNNING')")
                        .setParameter(1, instance)
                        .setParameter(2, utc(now))
                        .setParameter(3, run.job())
                        .setParameter(4, run.tenantId())
                        .setParameter(5, utc(run.dueAt()))
                        .setParameter(6, run.attempts())
                        .executeUpdate()
                == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String job, String tenant, Instant dueAt, String instance, Instant now) {
        em().createNativeQuery("UPDATE platform_job_run SET status = 'DONE', last_error = NULL, finished_at = ?1"
                        + " WHERE job = ?2 AND tenant_id = ?3 AND due_at = ?4 AND claimed_by = ?5")
                .setParameter(1, utc(now))
                .setParameter(2, job)
                .setParameter(3, tenant)
                .setParameter(4, utc(dueAt))
                .setParameter(5, instance)
                .executeUpdate();
    }

    /** Records a failed attempt: FAILED until {@code retryAt}, or DEAD when there is none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(
            String job, String tenant, Instant dueAt, String instance, String error, Instant retryAt, Instant now) {
        em().createNativeQuery("UPDATE platform_job_run SET status = ?1, last_error = ?2, next_attempt_at = ?3,"
                        + " finished_at = ?4 WHERE job = ?5 AND tenant_id = ?6 AND due_at = ?7 AND claimed_by = ?8")
                .setParameter(1, retryAt == null ? JobRun.DEAD : JobRun.FAILED)
                .setParameter(2, truncate(error))
                // a dead run keeps its last failure time here; nothing selects DEAD rows by it
                .setParameter(3, utc(retryAt == null ? now : retryAt))
                .setParameter(4, utc(now))
                .setParameter(5, job)
                .setParameter(6, tenant)
                .setParameter(7, utc(dueAt))
                .setParameter(8, instance)
                .executeUpdate();
    }

    /** Finished runs older than {@code before} (their rows only keep a slot from running twice). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetFinishedBefore(Instant before) {
        return em().createNativeQuery("DELETE FROM platform_job_run WHERE status IN ('DONE', 'DEAD') AND due_at < ?1")
                .setParameter(1, utc(before))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> activeTenants(TenantDirectory directory) {
        return directory.activeTenants().stream().map(TenantId::value).toList();
    }

    private EntityManager em() {
        return data.sharedEm();
    }

    static String truncate(String error) {
        return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }

    /** Native statements bind what the converter would: UTC wall time. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
