package io.custos.platform.paging;

import io.custos.platform.problem.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A validated page request. The cursor is opaque to clients: the position after which the next
 * page starts, encoded so that nobody builds one by hand.
 */
public record PageRequest(int limit, String after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** From the query parameters; {@code limit} null means the default. */
    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInput("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isEmpty() ? null : decode(cursor));
    }

    /** One more than the page, to learn whether another page follows. */
    public int probeSize() {
        return limit + 1;
    }

    static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("cursor", "is not a cursor this API gave out");
        }
    }
}
