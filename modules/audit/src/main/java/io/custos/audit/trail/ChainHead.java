package io.custos.audit.trail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last sequence number and hash of one tenant's chain. Appending locks this row, so that
 * concurrent writers on any instance take turns and the chain never forks.
 */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

    @Id
    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected ChainHead() {}

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }

    void advance(AuditEntry entry) {
        lastSeq = entry.seq();
        lastHash = entry.hash();
    }
}
