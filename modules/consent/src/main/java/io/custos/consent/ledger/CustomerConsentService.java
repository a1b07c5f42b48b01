package io.custos.consent.ledger;

import io.custos.consent.api.CustomerConsents;
import io.custos.consent.notice.NoticeView;
import io.custos.consent.notice.Notices;
import io.custos.consent.purpose.PurposeView;
import io.custos.consent.purpose.Purposes;
import io.custos.consent.subject.ConsentSubject;
import io.custos.consent.subject.ConsentSubjects;
import io.custos.platform.security.Caller;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePacks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The customer's own consents, recorded through the same use case as staff's, as the customer's. */
@ApplicationScoped
public class CustomerConsentService implements CustomerConsents {

    /** Shown where the tenant has no notice in the customer's language. */
    static final String FALLBACK_LANGUAGE = "en";

    @Inject
    Consents consents;

    @Inject
    Purposes purposes;

    @Inject
    Notices notices;

    @Inject
    ConsentSubjects subjects;

    @Inject
    RulePacks packs;

    @Override
    @Transactional
    public List<Choice> choicesOf(String customerId, String language) {
        Map<String, ConsentOverview.State> current = consents.overviewOf(customerId).current().stream()
                .collect(Collectors.toMap(ConsentOverview.State::purpose, Function.identity()));
        return purposes.all().stream()
                .map(purpose -> choice(purpose, current.get(purpose.code()), language))
                .toList();
    }

    @Override
    @Transactional
    public Choice change(Caller subject, String purpose, boolean granted, String noticeId, String evidence) {
        String customerId = subject.staffId();
        consents.record(
                subject,
                customerId,
                new NewConsent(
                        purpose,
                        granted ? ConsentState.GRANTED : ConsentState.WITHDRAWN,
                        ConsentSource.CENTRE,
                        null,
                        evidence,
                        null,
                        noticeId));
        return choicesOf(customerId, FALLBACK_LANGUAGE).stream()
                .filter(choice -> choice.purpose().equals(purpose))
                .findFirst()
                .orElseThrow();
    }

    @Override
    @Transactional
    public boolean honourGlobalPrivacyControl(Caller subject, String evidence) {
        String customerId = subject.staffId();
        // read before deciding: a signal sent on every request is recorded once, and an access only then
        List<String> due = Consents.GPC_PURPOSES.stream()
                .sorted()
                .filter(purpose ->
                        consents.current(customerId, purpose).map(c -> !c.gpc()).orElse(true))
                .toList();
        if (due.isEmpty() || !honoursSignal(customerId)) {
            return false;
        }
        due.forEach(purpose -> consents.record(
                subject,
                customerId,
                new NewConsent(purpose, ConsentState.WITHDRAWN, ConsentSource.GPC, null, evidence, null)));
        return true;
    }

    private boolean honoursSignal(String customerId) {
        return subjects.find(customerId)
                .map(ConsentSubject::packCode)
                .flatMap(packs::byCode)
                .map(RulePack::honorsGlobalPrivacyControl)
                .orElse(false);
    }

    private Choice choice(PurposeView purpose, ConsentOverview.State state, String language) {
        Optional<NoticeView> notice =
                newestNotice(purpose.code(), language).or(() -> newestNotice(purpose.code(), FALLBACK_LANGUAGE));
        return new Choice(
                purpose.code(),
                purpose.description(),
                state == null ? null : state.state().name(),
                state == null ? null : state.source().name(),
                state != null && state.gpc(),
                state == null ? null : state.since(),
                notice.map(n -> new Notice(n.id(), n.language(), n.version(), n.title(), n.text()))
                        .orElse(null));
    }

    private Optional<NoticeView> newestNotice(String purpose, String language) {
        return notices.list(purpose, language).stream().findFirst();
    }
}
