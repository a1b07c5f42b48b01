package io.custos.audit.checkpoint;

import io.custos.audit.trail.AuditTrail;
import io.custos.audit.trail.ChainHead;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.security.Signatures;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Publishes and reads the bound tenant's signed checkpoints. */
@ApplicationScoped
public class Checkpoints {

    @Inject
    TenantData data;

    @Inject
    AuditTrail trail;

    @Inject
    Signatures signatures;

    @Inject
    Clock clock;

    /** Signs the current head unless the newest checkpoint already has it; answers the newest. */
    @Transactional
    public Optional<Checkpoint> publish() {
        Optional<ChainHead> head = trail.head();
        Optional<Checkpoint> latest = latest();
        if (head.isEmpty()
                || head.get().lastSeq() == 0
                || latest.map(c -> c.seq() == head.get().lastSeq()).orElse(false)) {
            return latest;
        }
        long at = clock.millis();
        String tenant = TenantScope.required().value();
        String statement =
                Checkpoint.statement(tenant, head.get().lastSeq(), head.get().lastHash(), at);
        Checkpoint checkpoint =
                new Checkpoint(head.get().lastSeq(), head.get().lastHash(), at, signatures.sign(statement));
        data.em().persist(checkpoint);
        try {
            data.em().flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "uq_audit_checkpoint_seq")) {
                return latest(); // another instance signed the same head first
            }
            throw e;
        }
        return Optional.of(checkpoint);
    }

    @Transactional
    public List<Checkpoint> all() {
        return data.em()
                .createQuery("SELECT c FROM Checkpoint c ORDER BY c.seq", Checkpoint.class)
                .getResultList();
    }

    @Transactional
    public Optional<Checkpoint> latest() {
        return data.em()
                .createQuery("SELECT c FROM Checkpoint c ORDER BY c.seq DESC", Checkpoint.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Whether the checkpoint's signature is the service's over exactly its fields. */
    public boolean authentic(Checkpoint checkpoint) {
        String expected = Checkpoint.statement(
                TenantScope.required().value(), checkpoint.seq(), checkpoint.hash(), checkpoint.atMillis());
        return signatures
                .verified(checkpoint.signature())
                .filter(expected::equals)
                .isPresent();
    }
}
