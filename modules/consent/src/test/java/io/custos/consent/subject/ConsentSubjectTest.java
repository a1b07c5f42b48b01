package io.custos.consent.subject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentSubjectTest {

    private static final long MARKETING = 1L;
    private static final long PROFILING = 1L << 3;

    @Test
    void aConsentJudgesOnlyItsOwnPurposeAgain() {
        ConsentSubject subject = governedBy("EU");
        subject.judged(MARKETING | PROFILING, PROFILING);

        subject.rejudged(MARKETING, false, true);

        assertThat(subject.lawfulAdult()).isEqualTo(PROFILING);
        assertThat(subject.lawfulMinor()).isEqualTo(MARKETING | PROFILING);
    }

    @Test
    void aCustomerNotJudgedYetStaysSoUntilTheJobJudgesThemWhole() {
        ConsentSubject subject = governedBy("EU");

        subject.rejudged(MARKETING, true, true);

        assertThat(subject.judged()).isFalse();
        assertThat(subject.lawfulAdult()).isNull();
    }

    @Test
    void movingToAnotherPackClearsWhatTheOldPackDecided() {
        ConsentSubject subject = governedBy("EU");
        subject.judged(MARKETING, 0);

        subject.governedBy("EU", null, null);
        assertThat(subject.judged()).as("the same pack").isTrue();
        subject.governedBy("US-CA", null, null);
        assertThat(subject.judged()).isFalse();
    }

    private static ConsentSubject governedBy(String pack) {
        ConsentSubject subject = new ConsentSubject("c-1");
        subject.governedBy(pack, null, null);
        return subject;
    }
}
