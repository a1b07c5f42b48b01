package io.custos.customers.importing;

import io.custos.platform.json.Json;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a customer import as a job: the file is read while the upload streams in, then batches
 * are applied in the background, each row through the same access decision as the API. Per
 * batch the caller chooses: every good row lands, or (atomic) a batch lands whole or not at all.
 */
@ApplicationScoped
public class CustomerImports {

    static final int MAX_ERRORS = 1000;
    private static final Logger LOG = Logger.getLogger(CustomerImports.class.getName());

    @Inject
    ImportBatches batches;

    @Inject
    Validator validator;

    @Resource
    ManagedExecutorService executor;

    public String start(Caller caller, Reader csv, int batchSize, boolean atomic) {
        List<ImportRow> rows = CsvCustomers.read(csv, validator);
        String jobId = batches.createJob(caller, rows.size());
        executor.execute(() -> TenantScope.run(caller.tenantId(), () -> run(caller, jobId, rows, batchSize, atomic)));
        return jobId;
    }

    private void run(Caller caller, String jobId, List<ImportRow> rows, int batchSize, boolean atomic) {
        List<ImportBatches.Failure> failures = new ArrayList<>();
        int processed = 0;
        try {
            batches.update(jobId, ImportJob.Status.RUNNING, 0, 0, "[]");
            for (int from = 0; from < rows.size(); from += batchSize) {
                List<ImportRow> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
                if (atomic) {
                    try {
                        batches.importAll(caller, batch);
                    } catch (ImportBatches.RowFailed failed) {
                        ImportBatches.Failure cause = failed.failure();
                        batch.forEach(row -> failures.add(
                                row.line() == cause.line()
                                        ? cause
                                        : new ImportBatches.Failure(
                                                row.line(),
                                                "not imported: line " + cause.line() + " failed its batch")));
                    }
                } else {
                    failures.addAll(batches.importEach(caller, batch));
                }
                processed += batch.size();
                batches.update(jobId, ImportJob.Status.RUNNING, processed, failures.size(), errors(failures));
            }
            batches.update(jobId, ImportJob.Status.DONE, processed, failures.size(), errors(failures));
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "import job " + jobId + " failed", unexpected);
            batches.update(jobId, ImportJob.Status.FAILED, processed, failures.size(), errors(failures));
        }
    }

    private static String errors(List<ImportBatches.Failure> failures) {
        return Json.write(failures.subList(0, Math.min(failures.size(), MAX_ERRORS)));
    }
}
