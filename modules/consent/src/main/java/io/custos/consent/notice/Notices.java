package io.custos.consent.notice;

import io.custos.consent.api.NoticePublished;
import io.custos.consent.purpose.Purposes;
import io.custos.platform.crypto.Sha256;
import io.custos.platform.id.Ids;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.transaction.ConcurrentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The bound tenant's privacy notices: published as new versions, read by consent recording. */
@ApplicationScoped
public class Notices {

    @Inject
    TenantData data;

    @Inject
    Purposes purposes;

    @Inject
    Clock clock;

    @Inject
    Event<NoticePublished> published;

    @Transactional
    public NoticeView publish(Caller caller, NewNotice request) {
        purposes.requireKnown("purpose", request.purpose());
        int version = data.em()
                        .createQuery(
                                "SELECT COALESCE(MAX(n.version), 0) FROM Notice n"
                                        + " WHERE n.purpose = :purpose AND n.language = :language",
                                Integer.class)
                        .setParameter("purpose", request.purpose())
                        .setParameter("language", request.language())
                        .getSingleResult()
                + 1;
        Instant now = clock.instant();
        Notice notice = new Notice(Ids.newId(), request, version, Sha256.hex(request.text()), now, caller.staffId());
        data.em().persist(notice);
        // two publications of one notice at once would take the same version: the loser runs again
        ConcurrentChange.flush(
                data.em(),
                "ux_consent_notice_version",
                "the notice for " + request.purpose() + " in " + request.language());
        NoticeView view = notice.view();
        published.fire(new NoticePublished(
                caller.tenantId(),
                caller.staffId(),
                view.id(),
                view.purpose(),
                view.language(),
                view.version(),
                view.textSha256(),
                now));
        return view;
    }

    /** Every version, by purpose and language, the newest first; optionally of one purpose or language. */
    @Transactional
    public List<NoticeView> list(String purpose, String language) {
        TypedQuery<Notice> query = data.em()
                .createQuery(
                        "SELECT n FROM Notice n WHERE (:purpose IS NULL OR n.purpose = :purpose)"
                                + " AND (:language IS NULL OR n.language = :language)"
                                + " ORDER BY n.purpose, n.language, n.version DESC",
                        Notice.class)
                .setParameter("purpose", purpose)
                .setParameter("language", language);
        return query.getResultStream().map(Notice::view).toList();
    }

    @Transactional
    public NoticeView get(String id) {
        return find(id).map(Notice::view).orElseThrow(() -> new NotFound("consent notice", id));
    }

    public Optional<Notice> find(String id) {
        return Optional.ofNullable(data.em().find(Notice.class, id));
    }

    /** Whether the tenant has published any notice for the purpose: then a consent given must name one. */
    public boolean anyFor(String purpose) {
        return !data.em()
                .createQuery("SELECT n.id FROM Notice n WHERE n.purpose = :purpose", String.class)
                .setParameter("purpose", purpose)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
