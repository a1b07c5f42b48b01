package io.custos.requests.request;

import io.custos.customers.api.CustomerProfile;
import io.custos.customers.api.CustomerRecords;
import io.custos.platform.crypto.Sha256;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.Gone;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import io.custos.requests.api.PrivacyRequestChanged;
import io.custos.tenants.api.TenantSettingsReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The archives of access requests: made and sealed when the request is fulfilled, downloaded by
 * whoever may handle the request and see the customer (each download on the trail with the
 * archive's hash), erased as {@code system} when the tenant's {@code privacy.archiveDownloadDays}
 * end or the customer is erased. Only the hash and the times outlive the bytes.
 */
@ApplicationScoped
public class Archives {

    static final String SYSTEM = "system";

    @Inject
    TenantData data;

    @Inject
    CustomerRecords customers;

    @Inject
    TenantSettingsReader settings;

    @Inject
    TenantDirectory tenants;

    @Inject
    Event<PrivacyRequestChanged> changed;

    @Inject
    Clock clock;

    /** A downloaded archive and the file name it is handed over under. */
    public record Download(byte[] zip, String fileName) {}

    /** Zips and seals the bundle handed over for the request, kept for the tenant's window; its hash. */
    String store(Caller caller, PrivacyRequest request, JsonObject bundle, Instant now) {
        TenantDirectory.TenantSummary tenant = tenants.find(caller.tenantId()).orElseThrow();
        byte[] zip = AccessArchive.zip(
                new AccessArchive.Heading(tenant.name(), tenant.slug(), request.id(), request.customerId(), now),
                bundle);
        String sha256 = Sha256.hex(zip);
        data.em().persist(new SealedArchive(request.id(), customers.seal(request.customerId(), label(request), zip)));
        int days = settings.current().privacy().archiveDownloadDays();
        request.archived(sha256, now, now.plus(Duration.ofDays(days)));
        return sha256;
    }

    /**
     * The archive of a fulfilled access request: 404 where the request made none (or is another
     * tenant's), 409 before fulfilment, 410 once its window ended or it was erased.
     */
    @Transactional
    public Download download(Caller caller, String id) {
        PrivacyRequest request = data.em().find(PrivacyRequest.class, id);
        if (request == null || request.type() != PrivacyRequest.Type.ACCESS) {
            throw new NotFound("archive", id);
        }
        if (request.status() != PrivacyRequest.Status.DONE) {
            throw new Conflict("request-not-fulfilled", "The request's archive is made when the request is fulfilled");
        }
        ArchiveView archive = request.archive().orElseThrow(() -> new NotFound("archive", id));
        Instant now = clock.instant();
        if (archive.erasedAt() != null && archive.erasedAt().isBefore(archive.expiresAt())) {
            throw new Gone(
                    "archive-erased", "The archive was erased with the customer's data at " + archive.erasedAt());
        }
        if (archive.erasedAt() != null || !now.isBefore(archive.expiresAt())) {
            throw new Gone(
                    "archive-expired",
                    "The archive's download window ended at " + archive.expiresAt() + "; it is erased");
        }
        byte[] sealed = data.em().find(SealedArchive.class, id).sealed();
        byte[] zip = customers.open(caller, request.customerId(), PrivacyRequests.HANDLE, label(request), sealed);
        String sha256 = Sha256.hex(zip);
        if (!sha256.equals(archive.sha256())) {
            throw new IllegalStateException("the archive of request " + id + " does not match its hash");
        }
        // counted in the row, not through the versioned entity: two downloads at once both count, neither fails
        data.em()
                .createQuery("UPDATE PrivacyRequest r SET r.archiveDownloads = r.archiveDownloads + 1 WHERE r.id = :id")
                .setParameter("id", id)
                .executeUpdate();
        changed.fire(request.changed(
                caller.tenantId(), caller.staffId(), "download-archive", Map.of("sha256", sha256), now));
        return new Download(zip, "access-request-" + id + ".zip");
    }

    /** Erases the bound tenant's archives whose window ended by {@code now}; how many. */
    @Transactional
    public int eraseExpired(Instant now) {
        List<PrivacyRequest> expired = data.em()
                .createQuery(
                        "SELECT r FROM PrivacyRequest r WHERE r.archiveSha256 IS NOT NULL"
                                + " AND r.archiveErasedAt IS NULL AND r.archiveExpiresAt <= :now ORDER BY r.id",
                        PrivacyRequest.class)
                .setParameter("now", now)
                .getResultList();
        expired.forEach(request -> erase(TenantScope.required(), request, "download-window-ended"));
        return expired.size();
    }

    /** An erased customer's archives go with the rest of their data, in the erasure's transaction. */
    void onCustomerErased(@Observes CustomerProfile profile) {
        if (profile.status() != CustomerProfile.Status.ERASED) {
            return;
        }
        data.em()
                .createQuery(
                        "SELECT r FROM PrivacyRequest r WHERE r.customerId = :customer"
                                + " AND r.archiveSha256 IS NOT NULL AND r.archiveErasedAt IS NULL ORDER BY r.id",
                        PrivacyRequest.class)
                .setParameter("customer", profile.customerId())
                .getResultStream()
                .forEach(request -> erase(profile.tenantId(), request, "customer-erased"));
    }

    private void erase(TenantId tenant, PrivacyRequest request, String reason) {
        Instant now = clock.instant();
        data.em()
                .createQuery("DELETE FROM SealedArchive a WHERE a.requestId = :id")
                .setParameter("id", request.id())
                .executeUpdate();
        request.archiveErased(now);
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("sha256", request.archive().orElseThrow().sha256());
        outcome.put("reason", reason);
        changed.fire(request.changed(tenant, SYSTEM, "erase-archive", outcome, now));
    }

    /** Binds the sealed bytes to their request: a row copied to another request does not open. */
    private static String label(PrivacyRequest request) {
        return "access-archive:" + request.id();
    }
}
