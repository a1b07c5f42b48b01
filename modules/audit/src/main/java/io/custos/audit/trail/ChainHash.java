package io.custos.audit.trail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a canonical encoding of an entry: a JSON object of its fields in a fixed order
 * (absent values as JSON null), with the previous entry's hash in it. Any changed field, any
 * reordering and any removed or inserted entry changes a hash the next entry depends on.
 */
public final class ChainHash {

    /** The hash the first entry of every tenant's chain follows. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * The canonical text is written by hand, one builder and one digest per thread: verification
     * recomputes every hash (#18 P6), and a JSON-P generator per entry cost three times the SHA-256.
     * The text is byte for byte what JSON-P writes for the same object (ChainHashTest compares them
     * over every kind of character), so chains written before still verify.
     */
    private static final ThreadLocal<StringBuilder> TEXT = ThreadLocal.withInitial(() -> new StringBuilder(512));

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static final int LARGEST_KEPT_TEXT = 16_384;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ChainHash() {}

    public static String of(long seq, AuditEntry.Record r, String prevHash) {
        StringBuilder text = TEXT.get();
        text.setLength(0);
        text.append("{\"seq\":").append(seq).append(",\"at\":").append(r.atMillis());
        field(text, "actorId", r.actorId());
        field(text, "action", r.action());
        field(text, "targetType", r.targetType());
        field(text, "targetId", r.targetId());
        field(text, "decision", r.decision());
        field(text, "details", r.details());
        field(text, "requestId", r.requestId());
        field(text, "clientAddress", r.clientAddress());
        field(text, "prevHash", prevHash);
        text.append('}');
        byte[] canonical = text.toString().getBytes(StandardCharsets.UTF_8);
        if (text.capacity() > LARGEST_KEPT_TEXT) {
            TEXT.remove(); // one huge entry must not pin its buffer to the thread
        }
        MessageDigest sha256 = SHA_256.get();
        sha256.reset();
        return HexFormat.of().formatHex(sha256.digest(canonical));
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(",\"").append(name).append("\":");
        if (value == null) {
            text.append("null");
            return;
        }
        text.append('"');
        int plainFrom = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            text.append(value, plainFrom, i);
            plainFrom = i + 1;
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> text.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        text.append(value, plainFrom, value.length()).append('"');
    }
}
