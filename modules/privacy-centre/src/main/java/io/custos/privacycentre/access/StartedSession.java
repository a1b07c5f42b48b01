package io.custos.privacycentre.access;

import java.time.Duration;
import java.time.Instant;

/** A session just started: the cookie's {@code token} (shown once), when it lapses if idle, and its longest life. */
public record StartedSession(String token, Instant idleUntil, Duration lifetime) {}
