package io.custos.training.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseTest {

    private static Course gdpr(Integer passMark) {
        return new Course(
                "GDPR",
                "GDPR basics",
                null,
                12,
                passMark,
                List.of("EU", "GB"),
                List.of("customer.read"),
                "1",
                null,
                null,
                Instant.parse("2026-11-24T10:00:00Z"));
    }

    @Test
    void itIsRequiredForItsPermissionsInItsJurisdictionsOnly() {
        Course course = gdpr(null);
        assertThat(course.isRequiredFor("customer.read", "GB")).isTrue();
        assertThat(course.isRequiredFor("customer.read", "CN")).isFalse();
        assertThat(course.isRequiredFor("customer.update", "EU")).isFalse();
    }

    @Test
    void aVersionRequiringReacknowledgmentMovesWhereAcknowledgmentsCountFrom() {
        Course course = gdpr(null);
        assertThat(course.publish("2", false)).isEqualTo(2);
        assertThat(course.acknowledgeFromSeq()).isEqualTo(1);
        assertThat(course.publish("3", true)).isEqualTo(3);
        assertThat(course.acknowledgeFromSeq()).isEqualTo(3);
        assertThat(course.isCurrent("3")).isTrue();
        assertThat(course.isCurrent("2")).isFalse();
    }
}
