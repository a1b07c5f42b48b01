package io.custos.training.reminder;

import io.custos.identity.api.StaffContacts;
import io.custos.training.api.AssignmentsDerived;
import io.custos.training.api.CourseVersionPublished;
import io.custos.training.api.TrainingAssigned;
import io.custos.training.assignment.Assignments;
import io.custos.training.course.Course;
import io.custos.training.course.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells staff of a course assigned to them or a new version to acknowledge, in the transaction of
 * the change: the mail is queued with it and leaves once it commits (within the outbox's next round).
 */
@ApplicationScoped
public class AssignmentMails {

    @Inject
    TrainingMails mails;

    @Inject
    StaffContacts contacts;

    @Inject
    Courses courses;

    @Inject
    Assignments assignments;

    void derived(@Observes AssignmentsDerived event) {
        if (event.assigned().isEmpty()) {
            return;
        }
        Optional<StaffContacts.Contact> to = contactOf(event.targetId());
        if (to.isEmpty()) {
            return;
        }
        List<Course> assigned = event.assigned().stream()
                .map(courses::byCode)
                .flatMap(Optional::stream)
                .toList();
        Map<String, java.time.Instant> due = assignments.dueDatesOf(event.targetId(), assigned);
        mails.assigned(
                to.get(),
                assigned.stream()
                        .map(c -> new TrainingMails.Item(c.code(), c.title(), due.get(c.id())))
                        .toList(),
                "training.assigned:" + event.targetId() + ":" + event.at().toEpochMilli());
    }

    void assignedByHand(@Observes TrainingAssigned event) {
        contactOf(event.staffId()).ifPresent(to -> courses.byCode(event.courseCode())
                .ifPresent(course -> mails.assigned(
                        to,
                        List.of(new TrainingMails.Item(course.code(), course.title(), event.dueAt())),
                        "training.assigned:" + event.targetId())));
    }

    /** Everyone the course is assigned to must acknowledge the new version. */
    void versionPublished(@Observes CourseVersionPublished event) {
        if (!event.requiresReacknowledgment()) {
            return;
        }
        Optional<Course> course = courses.byCode(event.code());
        if (course.isEmpty()) {
            return;
        }
        List<String> holders = assignments.staffAssigned(course.get());
        contacts.activeContacts(holders)
                .values()
                .forEach(to -> mails.newVersion(
                        to,
                        new TrainingMails.Item(course.get().code(), course.get().title(), null),
                        event.version(),
                        "training.new-version:" + course.get().id() + ":" + event.version() + ":" + to.staffId()));
    }

    private Optional<StaffContacts.Contact> contactOf(String staffId) {
        return Optional.ofNullable(contacts.activeContacts(List.of(staffId)).get(staffId));
    }
}
