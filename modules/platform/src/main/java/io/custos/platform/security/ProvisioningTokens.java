package io.custos.platform.security;

import java.util.Optional;

/**
 * Recognises a tenant's provisioning token (the opaque bearer secret of a SCIM client), implemented
 * by the module that issues them. Consulted only for provisioning paths.
 */
public interface ProvisioningTokens {

    /** The provisioning caller the token belongs to; empty for an unknown, revoked or wrong one. */
    Optional<Caller> verify(String token);
}
