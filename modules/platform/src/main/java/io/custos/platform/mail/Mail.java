package io.custos.platform.mail;

import io.custos.platform.json.Json;
import io.custos.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;

/**
 * Sends a plain-text mail through the outbox: called inside the transaction of the change the
 * mail tells of, it goes out once that commits, never blocking the request, and is retried while
 * the SMTP server fails. Without SMTP configuration nothing is queued.
 */
@ApplicationScoped
public class Mail {

    /** The outbox kind of mails. */
    public static final String KIND = "platform.mail";

    @Inject
    Outbox outbox;

    @Inject
    SmtpSettings smtp;

    /** Queues a mail to {@code to}; answers false when no SMTP server is configured (nothing queued). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean send(String to, String subject, String text) {
        return send(to, subject, text, null);
    }

    /** As {@link #send(String, String, String)}, at most once per {@code dedupKey}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean send(String to, String subject, String text, String dedupKey) {
        if (!isAddress(to)) {
            throw new IllegalArgumentException("not a mail address: " + to);
        }
        if (!smtp.isConfigured()) {
            return false;
        }
        String payload = Json.provider()
                .createObjectBuilder()
                .add("to", to)
                .add("subject", subject)
                .add("text", text)
                .build()
                .toString();
        outbox.enqueue(KIND, payload, dedupKey);
        return true;
    }

    public boolean isConfigured() {
        return smtp.isConfigured();
    }

    /** One address such as {@code ada@example.com}, without a display name or a list. */
    public static boolean isAddress(String text) {
        if (text == null || text.isBlank() || text.length() > 254) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(text, true);
            return address.getAddress().equals(text) && text.indexOf('@') > 0;
        } catch (AddressException e) {
            return false;
        }
    }
}
