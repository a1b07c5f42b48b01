package io.custos.audit.trail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Chains written before ChainHash wrote its text directly must still verify: the same bytes. */
class ChainHashTest {

    @Test
    void hashesEqualThoseOfTheEncodingBuiltAsAJsonObject() throws Exception {
        AuditEntry.Record tricky = new AuditEntry.Record(
                1_764_500_000_123L,
                "staff-\"1\"",
                "customer.read",
                "customer",
                null,
                "ALLOW",
                "{\"name\":\"Zoë \\\\ 张伟 \\u0007\",\"tab\":\"\\t\"}",
                "req\n1",
                null);
        AuditEntry.Record plain =
                new AuditEntry.Record(0, "operator", "tenant.onboard", "tenant", "t-1", null, "{}", null, "::1");

        for (AuditEntry.Record record : new AuditEntry.Record[] {tricky, plain}) {
            assertThat(ChainHash.of(7, record, ChainHash.GENESIS))
                    .isEqualTo(asBuiltBefore(7, record, ChainHash.GENESIS));
        }
    }

    @Test
    void everyKindOfCharacterIsWrittenAsJsonPWritesIt() throws Exception {
        // Controls, quote, backslash, slash, DEL, Latin-1, CJK, a surrogate pair, lone surrogates.
        char[] alphabet =
                "\u0000\u0001\u0007\b\t\n\u000b\f\r\u001f \"\\/a~\u007f\u0080é€张\ud83d\ude00\ud800\udfff".toCharArray();
        Random random = new Random(18);
        for (int round = 0; round < 2_000; round++) {
            String[] fields = new String[7];
            for (int f = 0; f < fields.length; f++) {
                if (random.nextInt(8) == 0) {
                    continue; // null
                }
                char[] value = new char[random.nextInt(12)];
                for (int i = 0; i < value.length; i++) {
                    value[i] = alphabet[random.nextInt(alphabet.length)];
                }
                fields[f] = new String(value);
            }
            AuditEntry.Record record = new AuditEntry.Record(
                    random.nextLong(),
                    fields[0],
                    fields[1],
                    fields[2],
                    fields[3],
                    fields[4],
                    fields[5],
                    fields[6],
                    null);
            long seq = random.nextInt(1_000_000);
            assertThat(ChainHash.of(seq, record, ChainHash.GENESIS))
                    .as(record.toString())
                    .isEqualTo(asBuiltBefore(seq, record, ChainHash.GENESIS));
        }
    }

    @Test
    void everyFieldAndThePreviousHashChangeTheHash() {
        AuditEntry.Record record = new AuditEntry.Record(1, "a", "b", "c", "d", "e", "{}", "f", "g");
        String hash = ChainHash.of(1, record, ChainHash.GENESIS);

        assertThat(ChainHash.of(2, record, ChainHash.GENESIS)).isNotEqualTo(hash);
        assertThat(ChainHash.of(1, record, hash)).isNotEqualTo(hash);
        assertThat(ChainHash.of(
                        1, new AuditEntry.Record(1, "a", "b", "c", "d", "e", "{}", "f", null), ChainHash.GENESIS))
                .isNotEqualTo(hash);
    }

    /** The encoding of the first wave: a JSON object built, then written. */
    private static String asBuiltBefore(long seq, AuditEntry.Record r, String prevHash) throws Exception {
        JsonObjectBuilder json = Json.createObjectBuilder().add("seq", seq).add("at", r.atMillis());
        add(json, "actorId", r.actorId());
        add(json, "action", r.action());
        add(json, "targetType", r.targetType());
        add(json, "targetId", r.targetId());
        add(json, "decision", r.decision());
        add(json, "details", r.details());
        add(json, "requestId", r.requestId());
        add(json, "clientAddress", r.clientAddress());
        json.add("prevHash", prevHash);
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(json.build().toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
