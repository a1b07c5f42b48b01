package io.custos.identity.review;

import io.custos.platform.id.Ids;
import io.custos.platform.problem.Forbidden;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One grant under review and the reviewer's decision. */
@Entity
@Table(name = "identity_access_review_item")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class AccessReviewItem {

    public enum Decision {
        KEEP,
        REVOKE
    }

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "review_id", nullable = false)
    private String reviewId;

    @Column(name = "grant_id", nullable = false)
    private String grantId;

    @Column(name = "staff_id", nullable = false)
    private String staffId;

    @Column(name = "reviewer_id", nullable = false)
    private String reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision")
    private Decision decision;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected AccessReviewItem() {}

    AccessReviewItem(String reviewId, String grantId, String staffId, String reviewerId) {
        if (staffId.equals(reviewerId)) {
            throw new IllegalArgumentException("a grantee never reviews their own grant");
        }
        this.id = Ids.newId();
        this.reviewId = reviewId;
        this.grantId = grantId;
        this.staffId = staffId;
        this.reviewerId = reviewerId;
    }

    /**
     * Only the assigned reviewer decides; a different decision replaces an earlier one, the same one
     * again keeps the time it was first made (a retried request changes nothing).
     */
    void decide(String by, Decision decision, Instant now) {
        if (!reviewerId.equals(by)) {
            throw new Forbidden("grant", "this item is assigned to another reviewer");
        }
        if (decision != this.decision) {
            this.decision = decision;
            this.decidedAt = now;
        }
    }

    String id() {
        return id;
    }

    String reviewId() {
        return reviewId;
    }

    String grantId() {
        return grantId;
    }

    String staffId() {
        return staffId;
    }

    String reviewerId() {
        return reviewerId;
    }

    Decision decision() {
        return decision;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
