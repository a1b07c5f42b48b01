package io.custos.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server mail goes through: {@code CUSTOS_SMTP_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD}, {@code _FROM} and {@code _TLS} ({@code off}, {@code starttls}, {@code on};
 * the launcher checks them at start). Without a host no mail is sent, and the start-up log says so.
 */
@ApplicationScoped
public class SmtpSettings {

    private static final Logger LOG = Logger.getLogger(SmtpSettings.class.getName());
    /** Connecting, reading and writing: a stalled server fails the attempt, which is retried later. */
    private static final String TIMEOUT_MILLIS = "20000";

    @Inject
    @ConfigProperty(name = "custos.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "custos.smtp.port")
    Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "custos.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "custos.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "custos.smtp.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "custos.smtp.tls", defaultValue = "starttls")
    String tls;

    void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (isConfigured()) {
            LOG.info(() -> "mail goes through SMTP " + host().orElseThrow() + ":" + port() + " (TLS " + tls()
                    + ") from " + from.orElse("?"));
        } else {
            LOG.warning("no SMTP server configured (CUSTOS_SMTP_HOST): no mail is sent");
        }
    }

    public boolean isConfigured() {
        return host().isPresent();
    }

    /** A mail session for the configured server; only when {@link #isConfigured()}. */
    Session session() {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host().orElseThrow());
        props.put("mail.smtp.port", Integer.toString(port()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        props.put("mail.smtp.auth", Boolean.toString(user().isPresent()));
        switch (tls()) {
            case "on" -> {
                props.put("mail.smtp.ssl.enable", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case "starttls" -> {
                // required: never fall back to sending the password or the mail in clear
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            default -> {}
        }
        return Session.getInstance(props);
    }

    InternetAddress sender() throws AddressException {
        return new InternetAddress(
                from.orElseThrow(() -> new IllegalStateException("CUSTOS_SMTP_FROM is not set")), true);
    }

    Optional<String> user() {
        return user.map(String::trim).filter(u -> !u.isEmpty());
    }

    String password() {
        return password.orElse("");
    }

    private Optional<String> host() {
        return host.map(String::trim).filter(h -> !h.isEmpty());
    }

    private String tls() {
        return tls.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private int port() {
        return port.orElse(
                switch (tls()) {
                    case "on" -> 465;
                    case "off" -> 25;
                    default -> 587;
                });
    }
}
