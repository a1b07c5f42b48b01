package io.custos.tenants.settings;

import io.custos.identity.api.ReviewReminderRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The settings' {@code reviews} group as identity's reminder round reads it; nothing is cached. */
@ApplicationScoped
public class ReviewReminderRulesInForce implements ReviewReminderRules.Source {

    @Inject
    CurrentSettings settings;

    @Override
    public ReviewReminderRules current() {
        return new ReviewReminderRules(settings.current().reviews().reminderDaysBefore());
    }
}
