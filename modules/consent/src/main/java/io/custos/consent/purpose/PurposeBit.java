package io.custos.consent.purpose;

import java.util.Optional;

/**
 * A purpose as lawfulness is kept for it: its bit in each customer's masks and the built-in purpose
 * whose basis it follows (empty: opt-in everywhere).
 */
public record PurposeBit(String code, int bit, Optional<BuiltInPurpose> basisOf) {

    /** The most bits a mask holds: a BIGINT's, less the sign and one more so that 2^(bit+1) fits. */
    public static final int BITS = 62;

    public PurposeBit {
        if (bit < 0 || bit >= BITS) {
            throw new IllegalArgumentException("a purpose's bit is from 0 to " + (BITS - 1) + ", was " + bit);
        }
    }

    /** The value of the bit in a mask. */
    public long mask() {
        return 1L << bit;
    }
}
