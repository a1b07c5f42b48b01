package io.custos.identity.review;

import io.custos.platform.id.Ids;
import io.custos.platform.problem.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A campaign: a snapshot of grants, each kept or revoked by a reviewer who is not its grantee. */
@Entity
@Table(name = "identity_access_review")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class AccessReview {

    public enum Status {
        OPEN,
        CLOSED
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "region_id")
    private String regionId;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "auto_revoke_unreviewed", nullable = false)
    private boolean autoRevokeUnreviewed;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected AccessReview() {}

    AccessReview(
            String name, String regionId, Instant dueAt, boolean autoRevokeUnreviewed, String createdBy, Instant now) {
        this.id = Ids.newId();
        this.name = name;
        this.regionId = regionId;
        this.dueAt = dueAt;
        this.autoRevokeUnreviewed = autoRevokeUnreviewed;
        this.status = Status.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void requireOpen() {
        if (status != Status.OPEN) {
            throw new Conflict("access-review-closed", "access review " + id + " is closed");
        }
    }

    void close(Instant now) {
        requireOpen();
        status = Status.CLOSED;
        closedAt = now;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String regionId() {
        return regionId;
    }

    Instant dueAt() {
        return dueAt;
    }

    boolean autoRevokesUnreviewed() {
        return autoRevokeUnreviewed;
    }

    Status status() {
        return status;
    }
}
