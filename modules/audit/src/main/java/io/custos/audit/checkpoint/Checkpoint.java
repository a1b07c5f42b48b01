package io.custos.audit.checkpoint;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The chain's head at a moment (sequence number and hash), signed with the service key. A later
 * chain that ends before it, or disagrees with it, was cut or rewritten; purged entries before
 * it are vouched for by it.
 */
@Entity
@Table(name = "audit_checkpoint")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Checkpoint {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "seq", nullable = false)
    private long seq;

    @Column(name = "hash", nullable = false)
    private String hash;

    @Column(name = "at_ms", nullable = false)
    private long atMillis;

    @Column(name = "signature", nullable = false)
    private String signature;

    protected Checkpoint() {}

    Checkpoint(long seq, String hash, long atMillis, String signature) {
        this.id = Ids.newId();
        this.seq = seq;
        this.hash = hash;
        this.atMillis = atMillis;
        this.signature = signature;
    }

    public long seq() {
        return seq;
    }

    public String hash() {
        return hash;
    }

    public long atMillis() {
        return atMillis;
    }

    public String signature() {
        return signature;
    }

    /** The statement the signature covers. */
    static String statement(String tenantId, long seq, String hash, long atMillis) {
        return "{\"tid\":\"" + tenantId + "\",\"seq\":" + seq + ",\"hash\":\"" + hash + "\",\"at\":" + atMillis + "}";
    }
}
