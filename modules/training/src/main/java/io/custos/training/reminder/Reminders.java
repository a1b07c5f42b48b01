package io.custos.training.reminder;

import io.custos.identity.api.StaffContacts;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import io.custos.tenants.api.TenantSettingsReader;
import io.custos.training.api.TrainingOverdue;
import io.custos.training.assignment.Assignments;
import io.custos.training.assignment.Progress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bound tenant's reminders at a moment: a mail per course due within the tenant's reminder
 * days, a mail per course that became overdue, and a digest per overseer of the overdue staff they
 * look after. The dedup keys name the event (the course's due date, the digest's day), so a round
 * run twice, or on two instances, queues each mail once.
 */
@ApplicationScoped
public class Reminders {

    @Inject
    Assignments assignments;

    @Inject
    StaffContacts contacts;

    @Inject
    TenantSettingsReader settings;

    @Inject
    TrainingMails mails;

    @Inject
    Event<TrainingOverdue> overdueAnnounced;

    /** Due-soon and overdue mails to the staff concerned; every overdue course announced, mail or not. */
    @Transactional
    public void remind(Instant at) {
        int daysBefore = settings.current().training().reminderDaysBefore();
        Instant horizon = at.plus(Duration.ofDays(daysBefore));
        List<Progress> due = assignments.progressOfEveryone().stream()
                .filter(Progress::assigned)
                .filter(p -> p.dueAt() != null)
                .filter(p -> p.isOverdueAt(at) || (daysBefore > 0 && p.isDueBy(horizon)))
                .toList();
        Map<String, StaffContacts.Contact> to =
                contacts.activeContacts(due.stream().map(Progress::staffId).toList());
        TenantId tenant = TenantScope.required();
        for (Progress p : due) {
            if (p.isOverdueAt(at)) {
                overdueAnnounced.fire(new TrainingOverdue(
                        tenant, p.staffId(), p.course().id(), p.course().code(), p.dueAt()));
            }
            StaffContacts.Contact contact = to.get(p.staffId());
            if (contact == null) {
                continue;
            }
            TrainingMails.Item item = item(p);
            String event = p.staffId() + ":" + p.course().id() + ":" + p.dueAt().toEpochMilli();
            if (p.isOverdueAt(at)) {
                mails.overdue(contact, item, "training.overdue:" + event);
            } else {
                mails.dueSoon(contact, item, "training.due:" + event);
            }
        }
    }

    /** Each overseer's digest of the overdue staff they look after, once per day. */
    @Transactional
    public void digest(Instant at) {
        List<Progress> overdue = assignments.progressOfEveryone().stream()
                .filter(Progress::assigned)
                .filter(p -> p.isOverdueAt(at))
                .toList();
        if (overdue.isEmpty()) {
            return;
        }
        List<String> staffIds =
                overdue.stream().map(Progress::staffId).distinct().toList();
        Map<String, StaffContacts.Contact> overdueStaff = contacts.activeContacts(staffIds);
        Map<String, String> overseers = contacts.overseers(overdueStaff.keySet());
        Map<String, List<Progress>> byOverseer = new TreeMap<>();
        overdue.stream().filter(p -> overseers.containsKey(p.staffId())).forEach(p -> byOverseer
                .computeIfAbsent(overseers.get(p.staffId()), o -> new ArrayList<>())
                .add(p));
        Map<String, StaffContacts.Contact> recipients = contacts.activeContacts(byOverseer.keySet());
        LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
        byOverseer.forEach((overseer, items) -> {
            StaffContacts.Contact to = recipients.get(overseer);
            if (to == null) {
                return;
            }
            List<String> lines = items.stream()
                    .sorted(Comparator.comparing((Progress p) ->
                                    overdueStaff.get(p.staffId()).name())
                            .thenComparing(p -> p.course().code()))
                    .map(p -> "- " + overdueStaff.get(p.staffId()).name() + ": "
                            + item(p).line().substring(2))
                    .toList();
            mails.digest(to, lines, "training.digest:" + overseer + ":" + day);
        });
    }

    private static TrainingMails.Item item(Progress p) {
        return new TrainingMails.Item(p.course().code(), p.course().title(), p.dueAt());
    }
}
