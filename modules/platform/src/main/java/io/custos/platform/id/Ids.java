package io.custos.platform.id;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New ids are UUID version 7 (RFC 9562): opaque to clients, but time-ordered so that inserts land
 * at the end of the primary-key index instead of splitting pages at random.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    /** 32 random bytes, base64url without padding: for bearer secrets such as refresh tokens. */
    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Letters and digits that cannot be misread for one another when typed from paper (no 0/O, 1/I/L). */
    private static final String READABLE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /** A short random code a person types from a printed slip, {@code length} characters of {@link #READABLE}. */
    public static String newReadableCode(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        }
        return code.toString();
    }

    public static String newId() {
        // The system's time, not the Clock: it only orders index inserts and decides nothing.
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long mostSignificant = (millis << 16) | (0x7L << 12) | randA;
        long leastSignificant = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
