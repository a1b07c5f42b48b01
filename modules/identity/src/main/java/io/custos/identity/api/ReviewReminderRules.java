package io.custos.identity.api;

/** How many days before an access review's due date its reviewers are reminded (0: not at all). */
public record ReviewReminderRules(int daysBefore) {

    /** The bound tenant's rule; implemented by the module that keeps tenant settings. */
    public interface Source {
        ReviewReminderRules current();
    }
}
