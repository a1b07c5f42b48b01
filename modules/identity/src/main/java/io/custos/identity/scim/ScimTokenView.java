package io.custos.identity.scim;

import java.time.Instant;

/** A SCIM token as admins list it: never its secret. */
public record ScimTokenView(String id, String name, String createdBy, Instant createdAt, Instant rotatedAt) {

    static ScimTokenView of(ScimToken token) {
        return new ScimTokenView(token.id(), token.name(), token.createdBy(), token.createdAt(), token.rotatedAt());
    }
}
