package io.custos.identity.review;

import io.custos.identity.api.ReviewReminderRules;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.jobs.RecurringJob;
import io.custos.platform.jobs.Schedule;
import io.custos.platform.mail.Mail;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reminds reviewers of the items still waiting for them once a campaign comes within the tenant's
 * {@code reviews.reminderDaysBefore} of its due date: hourly, once in the cluster per tenant, one
 * mail per campaign and reviewer (the dedup key names both), through the outbox.
 */
@ApplicationScoped
public class ReviewReminders implements RecurringJob {

    static final Duration PERIOD = Duration.ofHours(1);

    @Inject
    TenantData data;

    @Inject
    StaffDirectory staff;

    @Inject
    ReviewReminderRules.Source rules;

    @Inject
    Mail mail;

    @Override
    public String name() {
        return "identity.access-review-reminders";
    }

    @Override
    public boolean newestSlotOnly() {
        return true;
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(PERIOD);
    }

    @Override
    public boolean perTenant() {
        return true;
    }

    @Override
    @Transactional
    public void run(Instant dueAt) {
        int daysBefore = rules.current().daysBefore();
        if (daysBefore == 0 || !mail.isConfigured()) {
            return; // no reminders wanted, or nothing to send them with
        }
        List<AccessReview> closing = data.em()
                .createQuery(
                        "SELECT r FROM AccessReview r WHERE r.status = :open AND r.dueAt > :now AND r.dueAt <= :horizon",
                        AccessReview.class)
                .setParameter("open", AccessReview.Status.OPEN)
                .setParameter("now", dueAt)
                .setParameter("horizon", dueAt.plus(Duration.ofDays(daysBefore)))
                .getResultList();
        for (AccessReview review : closing) {
            Map<String, Long> waiting = new TreeMap<>();
            data.em()
                    .createQuery(
                            "SELECT i FROM AccessReviewItem i WHERE i.reviewId = :review AND i.decision IS NULL",
                            AccessReviewItem.class)
                    .setParameter("review", review.id())
                    .getResultStream()
                    .forEach(item -> waiting.merge(item.reviewerId(), 1L, Long::sum));
            waiting.forEach((reviewerId, count) -> staff.find(reviewerId)
                    .filter(Staff::isActive)
                    .filter(reviewer -> Mail.isAddress(reviewer.email()))
                    .ifPresent(reviewer -> remind(reviewer, review, count)));
        }
    }

    private void remind(Staff reviewer, AccessReview review, long count) {
        String name = Optional.ofNullable(reviewer.displayName())
                .filter(n -> !n.isBlank())
                .orElse(reviewer.username());
        mail.send(
                reviewer.email(),
                "Access review \"" + review.name() + "\" closes " + review.dueAt(),
                "Hello " + name + ",\n\n" + count + (count == 1 ? " grant waits" : " grants wait")
                        + " for your decision (keep or revoke) in the access review \"" + review.name()
                        + "\", which closes at " + review.dueAt() + "."
                        + (review.autoRevokesUnreviewed() ? " Grants nobody decided on are revoked then." : "")
                        + "\n",
                "access-review.reminder:" + review.id() + ":" + reviewer.id());
    }
}
