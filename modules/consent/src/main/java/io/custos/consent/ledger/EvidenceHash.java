package io.custos.consent.ledger;

import io.custos.platform.crypto.Sha256;

/**
 * The hash of what proves a consent event: the notice shown, the channel's evidence and the
 * guardian's name. Each part is length-prefixed, so no two different events hash alike by moving
 * text from one part to the next.
 */
final class EvidenceHash {

    private EvidenceHash() {}

    static String of(String noticeId, String evidence, String guardian) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {noticeId, evidence, guardian}) {
            if (part == null) {
                text.append("-;");
            } else {
                text.append(part.length()).append(':').append(part).append(';');
            }
        }
        return Sha256.hex(text.toString());
    }
}
