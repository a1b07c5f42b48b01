package io.custos.platform.persistence;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a violated unique key by its name, so that a concurrent duplicate becomes a 409
 * while any other database failure stays a failure.
 */
public final class Constraints {

    private static final int DUPLICATE_KEY = 1062;

    private Constraints() {}

    public static boolean isDuplicateOf(Throwable failure, String uniqueKeyName) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getErrorCode() == DUPLICATE_KEY
                    && sql.getMessage() != null
                    && sql.getMessage()
                            .toLowerCase(Locale.ROOT)
                            .contains("'" + uniqueKeyName.toLowerCase(Locale.ROOT) + "'")) {
                return true;
            }
        }
        return false;
    }
}
