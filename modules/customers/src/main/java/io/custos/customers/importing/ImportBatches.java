package io.custos.customers.importing;

import io.custos.customers.customer.CustomerCreation;
import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The transactions of an import: the job row, one row at a time, or a whole batch at once. */
@ApplicationScoped
public class ImportBatches {

    @Inject
    TenantData data;

    @Inject
    CustomerCreation creation;

    @Inject
    Clock clock;

    @Transactional
    public String createJob(Caller caller, int total) {
        ImportJob job = new ImportJob(caller.staffId(), total, clock.instant());
        data.em().persist(job);
        return job.id();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void update(String jobId, ImportJob.Status status, int processed, int failed, String errorsJson) {
        ImportJob job = get(jobId);
        if (status == ImportJob.Status.RUNNING) {
            job.start();
        }
        job.progress(processed, failed, errorsJson);
        if (status == ImportJob.Status.DONE || status == ImportJob.Status.FAILED) {
            job.finish(status == ImportJob.Status.DONE);
        }
    }

    /** Each row in its own transaction: good rows land whatever the others do. */
    public List<Failure> importEach(Caller caller, List<ImportRow> rows) {
        List<Failure> failures = new ArrayList<>();
        for (ImportRow row : rows) {
            if (!row.isValid()) {
                failures.add(new Failure(row.line(), row.error()));
                continue;
            }
            try {
                importOne(caller, row);
            } catch (RowFailed failed) {
                failures.add(failed.failure());
            }
        }
        return failures;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void importOne(Caller caller, ImportRow row) {
        try {
            creation.create(caller, row.customer());
        } catch (DomainProblem refused) {
            throw new RowFailed(new Failure(row.line(), refused.getMessage()));
        }
    }

    /** The whole batch in one transaction: one bad row and none of the batch lands. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void importAll(Caller caller, List<ImportRow> rows) {
        for (ImportRow row : rows) {
            if (!row.isValid()) {
                throw new RowFailed(new Failure(row.line(), row.error()));
            }
            try {
                creation.create(caller, row.customer());
            } catch (DomainProblem refused) {
                throw new RowFailed(new Failure(row.line(), refused.getMessage()));
            }
        }
    }

    @Transactional
    public ImportJob job(String id) {
        return get(id);
    }

    private ImportJob get(String id) {
        ImportJob job = data.em().find(ImportJob.class, id);
        if (job == null) {
            throw new NotFound("job", id);
        }
        return job;
    }

    /** Why a line did not land. */
    public record Failure(long line, String message) {}

    /** A row's failure, rolling its transaction back. */
    public static class RowFailed extends RuntimeException {
        private final Failure failure;

        RowFailed(Failure failure) {
            super(failure.message(), null, false, false);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }
}
