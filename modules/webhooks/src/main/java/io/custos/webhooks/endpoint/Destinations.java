package io.custos.webhooks.endpoint;

import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Unprocessable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where webhooks may go. https only in production (http too in demo mode); and never to a private,
 * loopback or link-local address unless the operator's {@code CUSTOS_WEBHOOK_ALLOW} lists the host
 * or a CIDR holding it. Checked at registration and again before each delivery, since DNS can change.
 */
@ApplicationScoped
public class Destinations {

    /** Comma-separated; read as one string, since Payara's config cannot inject an optional list. */
    @Inject
    @ConfigProperty(name = "custos.webhook.allow")
    Optional<String> allow;

    @Inject
    @ConfigProperty(name = "custos.mode", defaultValue = "demo")
    String mode;

    /** The URL, checked: 400 when it is no URL, 422 when it may not be called. */
    public URI check(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean production = "production".equalsIgnoreCase(mode);
        if (!scheme.equals("https") && !(scheme.equals("http") && !production)) {
            throw new Unprocessable(
                    "webhook-url-refused",
                    production ? "a webhook URL must use https" : "a webhook URL must use http(s)");
        }
        String host = uri.getHost();
        if (allowed(host, null)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new Unprocessable("webhook-url-refused", "the host '" + host + "' cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && !allowed(host, address)) {
                throw new Unprocessable(
                        "webhook-url-refused",
                        "the host '" + host + "' resolves to a private, loopback or link-local address ("
                                + address.getHostAddress() + ") that CUSTOS_WEBHOOK_ALLOW does not list");
            }
        }
        return uri;
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
                throw new InvalidInput("url", "must be an absolute http(s) URL with a host and no user info");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInput("url", "must be an absolute http(s) URL");
        }
    }

    static boolean isInternal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()
                || uniqueLocalV6
                || sharedV4;
    }

    /** Whether the operator listed the host by name, or the address (or a CIDR holding it). */
    private boolean allowed(String host, InetAddress address) {
        for (String entry : allow.orElse("").split(",")) {
            String listed = entry.trim().toLowerCase(Locale.ROOT);
            if (listed.isEmpty()) {
                continue;
            }
            if (address == null) {
                if (listed.equals(host.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            } else if (Cidr.parse(listed).map(cidr -> cidr.contains(address)).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
