package io.custos.it;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The mails the suite's SMTP server received for one address. */
final class Mailbox {

    private final String address;

    private Mailbox(String address) {
        this.address = address;
    }

    /** A fresh address no other test sends to. */
    static Mailbox fresh(String prefix) {
        return new Mailbox(prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example.com");
    }

    /** The mails to an address a test did not make up, such as a staff member's. */
    static Mailbox of(String address) {
        return new Mailbox(address);
    }

    String address() {
        return address;
    }

    List<MimeMessage> received() {
        return Arrays.stream(ItEnvironment.mailServer().getReceivedMessages())
                .filter(this::isFor)
                .toList();
    }

    /**
     * The mails received once the server has handed over at least {@code count}: the SMTP exchange
     * is over when run-due answers, so this only bridges the mail server's own hand-over.
     */
    List<MimeMessage> awaitReceived(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<MimeMessage> received = received();
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            received = received();
        }
        return received;
    }

    private boolean isFor(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
