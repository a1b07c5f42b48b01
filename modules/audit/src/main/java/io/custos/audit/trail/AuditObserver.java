package io.custos.audit.trail;

import io.custos.platform.events.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Every module's events, written to the trail as they are raised, inside their transaction. */
@ApplicationScoped
public class AuditObserver {

    @Inject
    AuditTrail trail;

    void record(@Observes DomainEvent event) {
        trail.append(event);
    }
}
