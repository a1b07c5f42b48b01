package io.custos.identity.review;

/** One item under review. */
public record ItemView(String id, String grantId, String staffId, String reviewerId, String decision) {

    static ItemView of(AccessReviewItem item) {
        return new ItemView(
                item.id(),
                item.grantId(),
                item.staffId(),
                item.reviewerId(),
                item.decision() == null ? null : item.decision().name());
    }
}
