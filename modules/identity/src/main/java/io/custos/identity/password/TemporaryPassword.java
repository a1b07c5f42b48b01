package io.custos.identity.password;

/** The answer to a reset: the temporary password, shown this once and stored only as a hash. */
public record TemporaryPassword(String staffId, String temporaryPassword, int sessionsEnded) {}
