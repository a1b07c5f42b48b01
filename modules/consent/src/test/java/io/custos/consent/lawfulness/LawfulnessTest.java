package io.custos.consent.lawfulness;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.consent.ledger.ConsentSource;
import io.custos.consent.ledger.ConsentState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LawfulnessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Basis OPT_IN = new Basis(Basis.Regime.OPT_IN, false, "opt-in");
    private static final Basis OPT_OUT_GPC = new Basis(Basis.Regime.OPT_OUT, true, "opt-out, GPC honoured");
    private static final Basis OPT_OUT = new Basis(Basis.Regime.OPT_OUT, false, "opt-out");

    @Test
    void optInNeedsAGrant() {
        assertThat(judge(OPT_IN, null, null)).isFalse();
        assertThat(judge(OPT_IN, current(ConsentState.GRANTED, ConsentSource.POS, false), null))
                .isTrue();
        assertThat(judge(OPT_IN, current(ConsentState.WITHDRAWN, ConsentSource.WEB, false), null))
                .isFalse();
        assertThat(judge(OPT_IN, current(ConsentState.DENIED, ConsentSource.APP, false), null))
                .isFalse();
    }

    @Test
    void optOutNeedsTheAbsenceOfAnOptOut() {
        assertThat(judge(OPT_OUT, null, null)).isTrue();
        assertThat(judge(OPT_OUT, current(ConsentState.GRANTED, ConsentSource.POS, false), null))
                .isTrue();
        assertThat(judge(OPT_OUT, current(ConsentState.WITHDRAWN, ConsentSource.WEB, false), null))
                .isFalse();
        assertThat(judge(OPT_OUT, current(ConsentState.DENIED, ConsentSource.POS, false), null))
                .isFalse();
    }

    @Test
    void gpcCountsOnlyWhereThePackHonoursIt() {
        Lawfulness.Current signalOnly = current(ConsentState.WITHDRAWN, ConsentSource.GPC, true);
        assertThat(judge(OPT_OUT_GPC, signalOnly, null)).isFalse();
        assertThat(judge(OPT_OUT, signalOnly, null)).isTrue();
        Lawfulness.Current grantedThenSignal = current(ConsentState.GRANTED, ConsentSource.WEB, true);
        assertThat(judge(OPT_OUT_GPC, grantedThenSignal, null)).isFalse();
        assertThat(judge(OPT_IN, grantedThenSignal, null)).isTrue();
    }

    @Test
    void minorsNeedAGuardiansGrantInEveryRegime() {
        LocalDate adultNextYear = TODAY.plusYears(1);
        assertThat(judge(OPT_OUT, null, adultNextYear)).isFalse();
        assertThat(judge(OPT_OUT, current(ConsentState.GRANTED, ConsentSource.POS, false), adultNextYear))
                .isFalse();
        assertThat(judge(OPT_IN, current(ConsentState.GRANTED, ConsentSource.GUARDIAN, false), adultNextYear))
                .isTrue();
        assertThat(judge(OPT_OUT, null, TODAY)).as("of age today").isTrue();
    }

    @Test
    void aLocalisedTransferIsNeverLawful() {
        Basis never = new Basis(Basis.Regime.NEVER, false, "data stays");
        assertThat(judge(never, current(ConsentState.GRANTED, ConsentSource.POS, false), null))
                .isFalse();
    }

    private static boolean judge(Basis basis, Lawfulness.Current current, LocalDate adultOn) {
        return Lawfulness.judge(basis, current, adultOn, TODAY).lawful();
    }

    private static Lawfulness.Current current(ConsentState state, ConsentSource source, boolean gpc) {
        return new Lawfulness.Current(state, source, gpc);
    }
}
