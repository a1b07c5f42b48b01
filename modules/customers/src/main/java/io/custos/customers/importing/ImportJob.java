package io.custos.customers.importing;

import io.custos.platform.id.Ids;
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

/** A customer import and its progress: rows processed, rows failed and why (line by line). */
@Entity
@Table(name = "customers_import_job")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class ImportJob {

    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    @Id
    @Column(name = "id")
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "total", nullable = false)
    private int total;

    @Column(name = "processed", nullable = false)
    private int processed;

    @Column(name = "failed", nullable = false)
    private int failed;

    @Column(name = "errors", nullable = false)
    private String errors;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected ImportJob() {}

    ImportJob(String createdBy, int total, Instant now) {
        this.id = Ids.newId();
        this.status = Status.QUEUED;
        this.createdBy = createdBy;
        this.total = total;
        this.errors = "[]";
        this.createdAt = now;
    }

    void start() {
        status = Status.RUNNING;
    }

    void progress(int processedRows, int failedRows, String errorsJson) {
        processed = processedRows;
        failed = failedRows;
        errors = errorsJson;
    }

    void finish(boolean ok) {
        status = ok ? Status.DONE : Status.FAILED;
    }

    public String id() {
        return id;
    }

    Status status() {
        return status;
    }

    int total() {
        return total;
    }

    int processed() {
        return processed;
    }

    int failed() {
        return failed;
    }

    String errorsJson() {
        return errors;
    }

    String createdBy() {
        return createdBy;
    }
}
