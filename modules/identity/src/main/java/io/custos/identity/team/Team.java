package io.custos.identity.team;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Staff who own customers together, optionally attached to a store. */
@Entity
@Table(name = "identity_team")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Team {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "store_id")
    private String storeId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "modified_at")
    private Instant modifiedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Team() {}

    Team(String name, String storeId, Instant now) {
        this.id = Ids.newId();
        this.name = name;
        this.storeId = storeId;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String storeId() {
        return storeId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When its name or members last changed; its creation until then. */
    public Instant modifiedAt() {
        return modifiedAt != null ? modifiedAt : createdAt;
    }

    public long version() {
        return version;
    }

    void rename(String name, Instant now) {
        this.name = name;
        this.modifiedAt = now;
    }

    /** Members live in rows of their own: the team itself records that they changed. */
    void membersChanged(Instant now) {
        this.modifiedAt = now;
    }
}
