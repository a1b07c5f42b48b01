package io.custos.identity.api;

/** Creates a new store chain's first administrator; called by onboarding inside its transaction. */
public interface AdminAccounts {

    /**
     * Creates the built-in roles, the admin account and its TENANT_ADMIN grant at tenant scope for
     * the tenant in scope. Refuses a weak password or an invalid username with a 400.
     */
    AdminAccount createFirstAdmin(FirstAdmin admin);

    record FirstAdmin(String username, String email, String password) {}

    record AdminAccount(String id, String username) {}
}
