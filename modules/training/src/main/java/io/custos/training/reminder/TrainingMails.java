package io.custos.training.reminder;

import io.custos.identity.api.StaffContacts;
import io.custos.platform.mail.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the training mails: plain text that says what is due, by when, and where to do it (the
 * console at {@code CUSTOS_PUBLIC_URL}). Each mail is queued at most once per dedup key, which
 * names the event it tells of.
 */
@ApplicationScoped
public class TrainingMails {

    @Inject
    Mail mail;

    @Inject
    @ConfigProperty(name = "custos.public-url")
    Optional<String> publicUrl;

    /** One course due (or overdue) for one person, as a line of a mail. */
    public record Item(String courseCode, String title, java.time.Instant dueAt) {

        String line() {
            return "- " + title + " (" + courseCode + ")" + (dueAt == null ? "" : ", due " + dueAt);
        }
    }

    void assigned(StaffContacts.Contact to, List<Item> courses, String dedupKey) {
        send(
                to,
                courses.size() == 1
                        ? "Training assigned: " + courses.get(0).title()
                        : courses.size() + " training courses assigned",
                "You have been assigned privacy training that your work with customer data requires:\n\n"
                        + lines(courses),
                dedupKey);
    }

    void dueSoon(StaffContacts.Contact to, Item course, String dedupKey) {
        send(
                to,
                "Training due soon: " + course.title(),
                "Please complete this training before it falls due:\n\n" + course.line() + "\n",
                dedupKey);
    }

    void overdue(StaffContacts.Contact to, Item course, String dedupKey) {
        send(
                to,
                "Training overdue: " + course.title(),
                "This training is past its due date; access to customer data that requires it may be refused:\n\n"
                        + course.line() + "\n",
                dedupKey);
    }

    void newVersion(StaffContacts.Contact to, Item course, String version, String dedupKey) {
        send(
                to,
                "New version to acknowledge: " + course.title(),
                "Version " + version + " of this training requires your acknowledgment again:\n\n" + course.line()
                        + "\n",
                dedupKey);
    }

    /** To a manager or region admin: the people they look after whose training is overdue. */
    void digest(StaffContacts.Contact to, List<String> overdueLines, String dedupKey) {
        send(
                to,
                "Overdue training: " + overdueLines.size() + (overdueLines.size() == 1 ? " course" : " courses"),
                "Training of people you look after is overdue:\n\n" + String.join("\n", overdueLines) + "\n",
                dedupKey);
    }

    private void send(StaffContacts.Contact to, String subject, String body, String dedupKey) {
        if (!Mail.isAddress(to.email())) {
            return; // an address that cannot be written to must not undo the change that mails it
        }
        String text = "Hello " + to.name() + ",\n\n" + body
                + publicUrl.map(url -> "\nCustos: " + url + "/\n").orElse("");
        mail.send(to.email(), subject, text, dedupKey);
    }

    private static String lines(List<Item> courses) {
        StringBuilder text = new StringBuilder();
        courses.forEach(c -> text.append(c.line()).append('\n'));
        return text.toString();
    }
}
