package io.custos.identity.scim;

import java.time.Instant;

/** A SCIM token with its secret ({@code token}), answered only when it is created or rotated. */
public record IssuedScimToken(
        String id, String name, String createdBy, Instant createdAt, Instant rotatedAt, String token) {

    static IssuedScimToken of(ScimToken stored, String token) {
        return new IssuedScimToken(
                stored.id(), stored.name(), stored.createdBy(), stored.createdAt(), stored.rotatedAt(), token);
    }
}
