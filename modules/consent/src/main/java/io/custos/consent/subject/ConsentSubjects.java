package io.custos.consent.subject;

import io.custos.customers.api.CustomerProfile;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.problem.NotFound;
import io.custos.platform.tenancy.TenantData;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePackOverridden;
import io.custos.regions.api.RulePacks;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Keeps {@link ConsentSubject} in step with customers, in the transaction of each change, and
 * re-derives minors' consent-age dates when a tenant raises a pack's age.
 */
@ApplicationScoped
public class ConsentSubjects {

    @Inject
    TenantData data;

    @Inject
    RulePacks packs;

    /** First among consent's observers: the lawfulness kept for the customer follows this row. */
    void onProfile(@Observes @Priority(Interceptor.Priority.APPLICATION) CustomerProfile profile) {
        CustomerFacts facts = profile.facts();
        // the pack first: its query would flush a half-filled new row
        RulePack pack = packs.governing(facts.country(), facts.subdivision());
        // a customer created in this transaction has no row yet: no read to find that out
        ConsentSubject found = profile.created() ? null : data.em().find(ConsentSubject.class, facts.customerId());
        ConsentSubject subject = found != null ? found : new ConsentSubject(facts.customerId());
        subject.place(
                facts.storeId(),
                facts.regionId(),
                facts.ownerId(),
                facts.teamId(),
                facts.country(),
                facts.subdivision());
        subject.governedBy(pack.code(), profile.bornOn(), adultOn(pack, facts.country(), profile.bornOn()));
        subject.status(profile.status().name());
        if (found == null) {
            data.em().persist(subject);
        }
    }

    void onOverride(@Observes RulePackOverridden overridden) {
        data.em()
                .createQuery(
                        "SELECT s FROM ConsentSubject s WHERE s.packCode = :pack AND s.bornOn IS NOT NULL",
                        ConsentSubject.class)
                .setParameter("pack", overridden.targetId())
                .getResultStream()
                .forEach(subject -> {
                    RulePack pack = packs.governing(subject.country(), subject.subdivision());
                    subject.governedBy(
                            pack.code(), subject.bornOn(), adultOn(pack, subject.country(), subject.bornOn()));
                });
    }

    /** The customer's consent facts; 404 for customers this tenant does not have (or no longer). */
    public ConsentSubject active(String customerId) {
        return find(customerId).filter(ConsentSubject::active).orElseThrow(() -> new NotFound("customer", customerId));
    }

    public Optional<ConsentSubject> find(String customerId) {
        return Optional.ofNullable(data.em().find(ConsentSubject.class, customerId));
    }

    /**
     * The day a customer born on {@code bornOn} reaches the pack's consent age in their country
     * (a past day for adults); null where the birth date is unknown or no longer kept.
     */
    static LocalDate adultOn(RulePack pack, String country, LocalDate bornOn) {
        if (bornOn == null) {
            return null;
        }
        return bornOn.plusYears(pack.consentAgeIn(country));
    }
}
