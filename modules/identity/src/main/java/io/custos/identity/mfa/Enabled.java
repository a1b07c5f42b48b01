package io.custos.identity.mfa;

import java.util.List;

/** MFA is on; the recovery codes are shown this once. */
public record Enabled(boolean enabled, List<String> recoveryCodes) {}
