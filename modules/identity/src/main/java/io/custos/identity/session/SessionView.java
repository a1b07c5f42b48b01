package io.custos.identity.session;

import java.time.Instant;
import java.util.List;

/** One of the caller's sessions; {@code current} marks the one the request's token belongs to. */
public record SessionView(
        String id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, List<String> methods, boolean current) {

    static SessionView of(Session session, String currentId) {
        return new SessionView(
                session.id(),
                session.createdAt(),
                session.lastUsedAt(),
                session.expiresAt(),
                session.methods(),
                session.id().equals(currentId));
    }
}
