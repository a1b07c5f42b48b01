package io.custos.platform.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.custos.platform.problem.Conflict;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApprovalTest {

    private static final Instant REQUESTED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant EXPIRES = REQUESTED.plus(Duration.ofHours(72));

    private static Approval aRetentionChangeByAnn() {
        return new Approval("t1", "AUDIT_RETENTION", "{\"days\":400}", "ann", "otp pwd", null, REQUESTED, EXPIRES);
    }

    @Test
    void aSecondPersonApprovesItOnceWithAReason() {
        Approval approval = aRetentionChangeByAnn();
        approval.approve("bea", "agreed", REQUESTED.plusSeconds(60));
        assertThat(approval.statusAt(EXPIRES.plusSeconds(1))).isEqualTo(Approval.Status.APPROVED);
        assertThat(approval.decidedBy()).isEqualTo("bea");
        assertThat(approval.decisionReason()).isEqualTo("agreed");
        assertThatThrownBy(() -> approval.reject("cai", "late", REQUESTED.plusSeconds(120)))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("already APPROVED");
    }

    @Test
    void theRequesterNeverDecidesTheirOwnRequest() {
        Approval approval = aRetentionChangeByAnn();
        assertThatThrownBy(() -> approval.approve("ann", "mine", REQUESTED.plusSeconds(60)))
                .isInstanceOf(Approval.SelfApproval.class);
        assertThatThrownBy(() -> approval.reject("ann", "mine", REQUESTED.plusSeconds(60)))
                .isInstanceOf(Approval.SelfApproval.class);
        assertThat(approval.statusAt(REQUESTED.plusSeconds(60))).isEqualTo(Approval.Status.PENDING);
    }

    @Test
    void pastItsExpiryItReadsExpiredAndCannotBeDecided() {
        Approval approval = aRetentionChangeByAnn();
        assertThat(approval.statusAt(EXPIRES.minusMillis(1))).isEqualTo(Approval.Status.PENDING);
        assertThat(approval.statusAt(EXPIRES)).isEqualTo(Approval.Status.EXPIRED);
        assertThatThrownBy(() -> approval.approve("bea", "too late", EXPIRES))
                .isInstanceOf(Conflict.class)
                .hasMessageContaining("expired");
        assertThat(approval.expire(EXPIRES.minusMillis(1))).isFalse();
        assertThat(approval.expire(EXPIRES)).isTrue();
        assertThat(approval.expire(EXPIRES.plusSeconds(1))).as("once").isFalse();
        assertThat(approval.decidedAt()).isEqualTo(EXPIRES);
    }

    @Test
    void aDecidedApprovalDoesNotExpire() {
        Approval approval = aRetentionChangeByAnn();
        approval.reject("bea", "no", REQUESTED.plusSeconds(60));
        assertThat(approval.expire(EXPIRES)).isFalse();
        assertThat(approval.statusAt(EXPIRES)).isEqualTo(Approval.Status.REJECTED);
    }
}
