package io.custos.audit.trail;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One entry of a tenant's trail. {@code seq} is gap-free per tenant; {@code hash} covers the
 * canonical encoding of every other field and the previous entry's hash. An entry is written
 * without them in its work's transaction and given them once, by {@link AuditChaining}; it is
 * never changed otherwise. Time is kept as epoch milliseconds: exactly what was hashed, whatever the database
 * does with fractional seconds.
 */
@Entity
@Table(name = "audit_entry")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class AuditEntry {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "seq")
    private Long seq;

    @Column(name = "at_ms", nullable = false)
    private long atMillis;

    @Column(name = "actor_id", nullable = false)
    private String actorId;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "target_type", nullable = false)
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    @Column(name = "decision")
    private String decision;

    @Column(name = "details", nullable = false)
    private String details;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "prev_hash")
    private String prevHash;

    @Column(name = "hash")
    private String hash;

    protected AuditEntry() {}

    AuditEntry(Record record) {
        this.id = Ids.newId();
        this.atMillis = record.atMillis();
        this.actorId = record.actorId();
        this.action = record.action();
        this.targetType = record.targetType();
        this.targetId = record.targetId();
        this.decision = record.decision();
        this.details = record.details();
        this.requestId = record.requestId();
        this.clientAddress = record.clientAddress();
    }

    /** Gives the entry its place: the next sequence number after the entry hashing to {@code prevHash}. */
    void chain(long seq, String prevHash) {
        if (this.seq != null) {
            throw new IllegalStateException("audit entry " + id + " is chained already");
        }
        this.seq = seq;
        this.prevHash = prevHash;
        this.hash = ChainHash.of(seq, record(), prevHash);
    }

    String id() {
        return id;
    }

    public Record record() {
        return new Record(atMillis, actorId, action, targetType, targetId, decision, details, requestId, clientAddress);
    }

    public long seq() {
        return seq;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }

    /** What an entry says, apart from its place in the chain. */
    public record Record(
            long atMillis,
            String actorId,
            String action,
            String targetType,
            String targetId,
            String decision,
            String details,
            String requestId,
            String clientAddress) {}
}
