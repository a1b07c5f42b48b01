package io.custos.platform.mail;

import io.custos.platform.json.Json;
import io.custos.platform.outbox.OutboxHandler;
import io.custos.platform.outbox.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Clock;
import java.util.Date;

/** Sends the outbox's mails over SMTP; a failure leaves the mail to the outbox's retries. */
@ApplicationScoped
public class MailDelivery implements OutboxHandler {

    @Inject
    SmtpSettings smtp;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return Mail.KIND;
    }

    @Override
    public void deliver(OutboxMessage message) throws MessagingException {
        if (!smtp.isConfigured()) {
            throw new IllegalStateException("no SMTP server configured (CUSTOS_SMTP_HOST)");
        }
        JsonObject mail;
        try (var reader = Json.provider().createReader(new StringReader(message.payload()))) {
            mail = reader.readObject();
        }
        Session session = smtp.session();
        MimeMessage mime = new OutboxMimeMessage(session, message.id());
        mime.setFrom(smtp.sender());
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getString("to"), true));
        mime.setSubject(mail.getString("subject"), "UTF-8");
        mime.setText(mail.getString("text"), "UTF-8");
        mime.setSentDate(Date.from(clock.instant()));
        mime.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no auto-replies to it
        if (smtp.user().isPresent()) {
            Transport.send(mime, smtp.user().get(), smtp.password());
        } else {
            Transport.send(mime);
        }
    }

    /**
     * Its Message-ID comes from the outbox entry, so a repeat after an instance died between sending
     * and recording it carries the same id and receivers can tell it is one mail.
     */
    private static final class OutboxMimeMessage extends MimeMessage {
        private final String entryId;

        OutboxMimeMessage(Session session, String entryId) {
            super(session);
            this.entryId = entryId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + entryId + "@outbox.custos>");
        }
    }
}
