package io.custos.identity.api;

/** Existence checks for references to staff and teams held by other modules (customer owners). */
public interface People {

    boolean staffExists(String staffId);

    boolean isActiveStaff(String staffId);

    boolean teamExists(String teamId);

    /** The staff member's home store, if they have one. */
    java.util.Optional<String> homeStoreOf(String staffId);

    /** The id of the staff member with this username, for imports that name people as another system does. */
    java.util.Optional<String> staffIdByUsername(String username);

    /** The ids of every active staff member, for work that concerns all of them (training). */
    java.util.List<String> activeStaffIds();
}
