package io.custos.consent.ledger;

import io.custos.consent.api.ConsentLedgers;
import io.custos.consent.purpose.PurposeView;
import io.custos.consent.purpose.Purposes;
import io.custos.customers.api.CustomerProfile;
import io.custos.platform.json.Json;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Consent as data-subject requests use it. */
@ApplicationScoped
public class ConsentLedgerService implements ConsentLedgers {

    @Inject
    Consents consents;

    @Inject
    Purposes purposes;

    @Override
    public JsonObject historyOf(String customerId) {
        return Json.object(consents.overviewOf(customerId));
    }

    @Override
    @Transactional
    public List<String> withdrawAll(Caller caller, String customerId, List<String> codes, String evidence) {
        List<String> withdrawn =
                codes.isEmpty() ? purposes.all().stream().map(PurposeView::code).toList() : codes;
        withdrawn.forEach(code -> purposes.requireKnown("purposes", code));
        withdrawn.forEach(code -> consents.append(
                caller.tenantId(),
                caller.staffId(),
                customerId,
                new NewConsent(code, ConsentState.WITHDRAWN, ConsentSource.REQUEST, null, evidence, null)));
        return withdrawn;
    }

    void onErasure(@Observes CustomerProfile profile) {
        if (profile.status() == CustomerProfile.Status.ERASED) {
            consents.blankPersonalData(profile.customerId());
        }
    }
}
