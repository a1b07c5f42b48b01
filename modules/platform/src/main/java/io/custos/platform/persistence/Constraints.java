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

    /**
     * Whether {@code failure} is a duplicate of the unique key {@code uniqueKeyName}. MariaDB names
     * the key ({@code for key 'uq_tenants_tenant_slug'}), MySQL 8 its table too
     * ({@code for key 'tenants_tenant.uq_tenants_tenant_slug'}).
     */
    public static boolean isDuplicateOf(Throwable failure, String uniqueKeyName) {
        String key = uniqueKeyName.toLowerCase(Locale.ROOT) + "'";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY && sql.getMessage() != null) {
                String message = sql.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("'" + key) || message.contains("." + key)) {
                    return true;
                }
            }
        }
        return false;
    }
}
