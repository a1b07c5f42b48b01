package io.custos.audit.trail;

import io.custos.platform.access.AccessHistory;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** A customer's access log for other modules (a data-subject access bundle), from the trail. */
@ApplicationScoped
public class TrailAccessHistory implements AccessHistory {

    @Inject
    AuditSearch search;

    @Override
    public List<Access> of(String customerId, int max) {
        List<Access> accesses = new ArrayList<>();
        String cursor = null;
        do {
            Page<AuditItem> page = search.search(
                    new AuditSearch.Filter(null, customerId, null, null, null, null),
                    PageRequest.of(Math.min(PageRequest.MAX_LIMIT, max - accesses.size()), cursor));
            page.items().forEach(e -> accesses.add(new Access(e.at(), e.actorId(), e.action(), e.decision())));
            cursor = page.nextCursor();
        } while (cursor != null && accesses.size() < max);
        return accesses;
    }
}
