package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Tenant binding under concurrency (EclipseLink bug 1161 served one tenant's rows to another
 * through the shared cache): interleaved requests of two tenants each see only their own staff.
 */
class ConcurrentTenantsIT extends ItBase {

    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 25;

    @Test
    void interleavedRequestsOfTwoTenantsNeverSeeTheOthersRows() throws Exception {
        var a = tenants.onboard();
        var b = tenants.onboard();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                var tenant = t % 2 == 0 ? a : b;
                Callable<List<String>> reads = () -> {
                    List<String> seen = new ArrayList<>();
                    for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                        seen.addAll(as(tenant.adminToken())
                                .get("/api/v1/staff")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<List<String>>path("items.id"));
                        as(tenant.adminToken())
                                .get("/api/v1/staff/" + tenant.adminId())
                                .then()
                                .statusCode(200);
                    }
                    return seen;
                };
                results.add(pool.submit(reads));
            }
            for (int t = 0; t < THREADS; t++) {
                var own = t % 2 == 0 ? a : b;
                assertThat(results.get(t).get(2, TimeUnit.MINUTES))
                        .hasSize(REQUESTS_PER_THREAD)
                        .containsOnly(own.adminId());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
