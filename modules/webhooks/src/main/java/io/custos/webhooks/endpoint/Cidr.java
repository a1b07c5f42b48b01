package io.custos.webhooks.endpoint;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** An address block such as {@code 127.0.0.0/8} or {@code ::1/128}; a bare address is a block of one. */
record Cidr(byte[] network, int prefix) {

    /** The block {@code text} names, if it is an address literal with an optional prefix length. */
    static Optional<Cidr> parse(String text) {
        String[] parts = text.split("/", 2);
        if (!parts[0].matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
            return Optional.empty(); // a host name, not an address: never resolved here
        }
        try {
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                return Optional.empty();
            }
            return Optional.of(new Cidr(network, prefix));
        } catch (UnknownHostException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
