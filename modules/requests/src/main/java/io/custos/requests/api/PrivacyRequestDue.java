package io.custos.requests.api;

import io.custos.platform.tenancy.TenantId;
import java.time.Instant;

/**
 * An open request whose date in force is near ({@code overdue} false) or past (true), announced by
 * a job that looks at every open request each round: observers see the same request again on the
 * next round and key their own once-only work on {@link #occurrence()}. Not a change, so not on the
 * audit trail.
 */
public record PrivacyRequestDue(
        TenantId tenantId, String requestId, String type, String customerId, Instant dueAt, boolean overdue) {

    /** The same for every announcement of this request, this due date and this phase. */
    public String occurrence() {
        return "privacy-request." + (overdue ? "overdue" : "due") + ":" + requestId + ":" + dueAt.toEpochMilli();
    }
}
