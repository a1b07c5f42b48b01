package io.custos.identity.staff;

/** A staff account as admins see it; never the password hash. */
public record StaffView(
        String id,
        String username,
        String email,
        String displayName,
        String homeStoreId,
        String managerId,
        String status,
        boolean mfaEnabled) {

    public static StaffView of(Staff staff) {
        return new StaffView(
                staff.id(),
                staff.username(),
                staff.email(),
                staff.displayName(),
                staff.homeStoreId(),
                staff.managerId(),
                staff.status().name(),
                staff.mfaEnabled());
    }
}
