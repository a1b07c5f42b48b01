package io.custos.identity.api;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The bound tenant's staff as other modules' reminders and digests need them: how to reach a
 * person, who looks after them, and whose grants cross a validity boundary.
 */
public interface StaffContacts {

    /** An active staff member's name and mail address. */
    record Contact(String staffId, String username, String displayName, String email) {

        /** The display name, else the username: what a mail calls them. */
        public String name() {
            return displayName == null || displayName.isBlank() ? username : displayName;
        }
    }

    /** The active staff among {@code staffIds}, by id; others are absent. */
    Map<String, Contact> activeContacts(Collection<String> staffIds);

    /**
     * Each staff member's overseer: their manager while active, else an active admin of their home
     * store's region (a holder of staff.manage over it), never themselves. Staff without one are absent.
     */
    Map<String, String> overseers(Collection<String> staffIds);

    /** The staff whose grants (not revoked) start or end after {@code after}, up to and including {@code until}. */
    Set<String> staffWithGrantBoundaryIn(Instant after, Instant until);
}
