package io.custos.consent.ledger;

import io.custos.consent.purpose.BuiltInPurpose;
import io.custos.consent.purpose.Purposes;
import io.custos.consent.subject.ConsentSubjects;
import io.custos.customers.api.CustomerRecords;
import io.custos.platform.crypto.Sha256;
import io.custos.platform.id.Ids;
import io.custos.platform.mail.Mail;
import io.custos.platform.problem.NotFound;
import io.custos.platform.problem.Unprocessable;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantScope;
import io.custos.tenants.api.TenantSettings;
import io.custos.tenants.api.TenantSettingsReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Double opt-in for e-mail marketing, where the tenant turns it on ({@code privacy.doubleOptInEmail}):
 * a consent given to it is recorded PENDING and the customer is mailed a link; following the link
 * (once, within {@code privacy.confirmationLinkHours}) records the GRANTED event, the click its evidence.
 */
@ApplicationScoped
public class DoubleOptIn {

    /** Where the link points: the public confirmation endpoint, under the tenant's slug. */
    static final String PATH = "/api/v1/consent-confirmations/";

    @Inject
    TenantData data;

    @Inject
    TenantSettingsReader settings;

    @Inject
    TenantDirectory tenants;

    @Inject
    Purposes purposes;

    @Inject
    CustomerRecords customers;

    @Inject
    ConsentSubjects subjects;

    @Inject
    Consents consents;

    @Inject
    Mail mail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "custos.public-url")
    Optional<String> publicUrl;

    /** A consent given (not imported from an older system) to e-mail marketing, or a purpose that follows it. */
    boolean applies(NewConsent consent) {
        return consent.state() == ConsentState.GRANTED
                && consent.source() != ConsentSource.IMPORT
                && purposes.basisOf(consent.purpose())
                        .filter(BuiltInPurpose.MARKETING_EMAIL::equals)
                        .isPresent()
                && settings.current().privacy().doubleOptInEmail();
    }

    /** Records the consent PENDING and queues the mail with its link, in the caller's transaction. */
    ConsentRecord requestConfirmation(Caller caller, String customerId, NewConsent consent) {
        String base = publicUrl.orElseThrow(() -> new Unprocessable(
                "public-url-unset", "double opt-in needs CUSTOS_PUBLIC_URL, where the confirmation link points"));
        if (!mail.isConfigured()) {
            throw new Unprocessable(
                    "mail-not-configured", "double opt-in needs an SMTP server (CUSTOS_SMTP_HOST) to mail the link");
        }
        String email = customers.contacts(List.of(customerId)).stream()
                .findFirst()
                .map(CustomerRecords.Contact::email)
                .filter(Mail::isAddress)
                .orElseThrow(() -> new Unprocessable(
                        "no-email-address",
                        "double opt-in is on: the customer needs an e-mail address to confirm this consent from"));
        TenantSettings.Privacy privacy = settings.current().privacy();
        ConsentRecord pending = consents.append(
                caller.tenantId(),
                caller.staffId(),
                customerId,
                new NewConsent(
                        consent.purpose(),
                        ConsentState.PENDING,
                        consent.source(),
                        consent.policyVersion(),
                        consent.evidence(),
                        consent.guardian(),
                        consent.noticeId()));
        String token = Ids.newSecret();
        Instant expiresAt = clock.instant().plus(Duration.ofHours(privacy.confirmationLinkHours()));
        data.em().persist(new ConsentConfirmation(Ids.newId(), Sha256.hex(token), customerId, pending.id(), expiresAt));
        String slug = tenants.find(caller.tenantId()).orElseThrow().slug();
        String link = base + PATH + slug + "/" + token;
        mail.send(
                email,
                "Please confirm: marketing e-mails",
                "Hello,\n\nYou agreed to receive marketing e-mails from us. Please confirm by opening this link:\n\n"
                        + link + "\n\nThe link works once, until " + expiresAt
                        + ". If you did not agree, ignore this mail and you will receive none.\n",
                "consent-confirmation:" + pending.id());
        return pending;
    }

    /**
     * The customer followed the link: the PENDING event's consent is GRANTED, recorded by the customer
     * with the click as evidence. An unknown link answers 404, a used or expired one 410; neither names
     * the customer. Runs in the bound tenant, which the link's slug named.
     */
    @Transactional
    public Confirmed confirm(String token) {
        ConsentConfirmation confirmation = data.em()
                .createQuery(
                        "SELECT c FROM ConsentConfirmation c WHERE c.tokenSha256 = :hash", ConsentConfirmation.class)
                .setParameter("hash", Sha256.hex(token))
                .getResultStream()
                .findFirst()
                .orElseThrow(DoubleOptIn::unknownLink);
        Instant now = clock.instant();
        confirmation.requireUsable(now);
        // a customer deleted or erased since the mail has nothing left to consent with; the link says no more
        if (subjects.find(confirmation.customerId())
                .filter(io.custos.consent.subject.ConsentSubject::active)
                .isEmpty()) {
            throw unknownLink();
        }
        ConsentEvent pending = data.em().find(ConsentEvent.class, confirmation.pendingEventId());
        ConsentRecord asked = pending.record();
        ConsentRecord granted = consents.append(
                TenantScope.required(),
                confirmation.customerId(),
                confirmation.customerId(),
                new NewConsent(
                        asked.purpose(),
                        ConsentState.GRANTED,
                        ConsentSource.EMAIL,
                        asked.policyVersion(),
                        "double opt-in: confirmation link " + confirmation.id() + " followed at " + now
                                + " (pending event " + asked.id() + ")",
                        asked.guardian(),
                        asked.noticeId()));
        confirmation.confirmed(granted.id(), now);
        return new Confirmed(asked.purpose(), granted.state(), now);
    }

    /** Says nothing of whether the tenant, the customer or the token exists. */
    public static NotFound unknownLink() {
        return new NotFound("consent confirmation", "link");
    }

    /** What the customer sees after the click. */
    public record Confirmed(String purpose, ConsentState state, Instant confirmedAt) {}
}
