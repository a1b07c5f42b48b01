package io.custos.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Problem.FieldError;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Kind {
        STORE,
        REGION
    }

    record Scope(Kind type, String id) {}

    record Order(
            String name,
            int count,
            Long big,
            Boolean urgent,
            BigDecimal amount,
            LocalDate on,
            Instant at,
            Scope scope,
            List<String> tags,
            Map<String, String> attributes) {}

    @Test
    void aWellTypedBodyIsBoundAsWritten() {
        Order order = StrictJson.read("""
                {"name":"Ana","count":3,"big":9007199254740993,"urgent":true,"amount":"1234.50",
                 "on":"2026-11-22","at":"2026-11-22T10:00:00Z","scope":{"type":"STORE","id":"s1"},
                 "tags":["a","b"],"attributes":{"shoe":"43"},"unknown":{"ignored":[1,2]}}""", Order.class);
        assertThat(order)
                .isEqualTo(new Order(
                        "Ana",
                        3,
                        9007199254740993L,
                        true,
                        new BigDecimal("1234.50"),
                        LocalDate.of(2026, 11, 22),
                        Instant.parse("2026-11-22T10:00:00Z"),
                        new Scope(Kind.STORE, "s1"),
                        List.of("a", "b"),
                        Map.of("shoe", "43")));
    }

    @Test
    void nothingIsCoercedAndEveryWrongFieldIsNamedAtOnce() {
        assertThat(errors("""
                        {"name":12345,"count":"3","big":1.5,"urgent":"yes","amount":1e400,"on":"22.11.2026",
                         "at":"2026-11-22T10:00:00","scope":{"type":"SHOP"},"tags":{"a":1},"attributes":["x"]}"""))
                .containsExactlyInAnyOrder(
                        new FieldError("name", "must be a string"),
                        new FieldError("count", "must be a number"),
                        new FieldError("big", "must be a whole number"),
                        new FieldError("urgent", "must be true or false"),
                        new FieldError("on", "must be a date such as 2026-11-22"),
                        new FieldError("at", "must be a date-time with its offset such as 2026-11-22T10:00:00Z"),
                        new FieldError("scope.type", "must be one of STORE, REGION"),
                        new FieldError("tags", "must be a JSON array"),
                        new FieldError("attributes", "must be a JSON object"));
    }

    @Test
    void numbersOutsideTheirTypeAreRefused() {
        assertThat(errors("{\"count\": 2147483648}"))
                .containsExactly(new FieldError("count", "must be a whole number between -2147483648 and 2147483647"));
        assertThat(errors("{\"count\": null}")).containsExactly(new FieldError("count", "must not be null"));
    }

    @Test
    void aBodyOfTheWrongJsonTypeIsRefused() {
        assertThat(errors("[{\"name\":\"first\"}]")).containsExactly(new FieldError("body", "must be a JSON object"));
        assertThat(errors("\"Ana\"")).containsExactly(new FieldError("body", "must be a JSON object"));
        assertThat(errors("42")).containsExactly(new FieldError("body", "must be a JSON object"));
        assertThatThrownBy(() -> StrictJson.read("[1]", JsonObject.class))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("body", "must be a JSON object")));
    }

    @Test
    void anEmptyBodyIsNoBody() {
        assertThat(StrictJson.read(" \n", Order.class)).isNull();
    }

    @Test
    void overDeepNestingIsRefusedBeforeParsing() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(errors(deep)).singleElement().satisfies(e -> assertThat(e.message())
                .contains("deeper than"));
        assertThat(StrictJson.depth("{\"a\":\"[[[[\",\"b\":[{}]}")).isEqualTo(3);
    }

    @Test
    void invalidUtf8AndMalformedJsonAreRefusedWithoutParserWords() {
        byte[] latin1 = "{\"name\":\"Müller\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StrictJson.read(latin1, Order.class))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("body", "is not valid UTF-8")));
        assertThat(errors("{\"name\": ")).singleElement().satisfies(e -> assertThat(e.message())
                .startsWith("is not valid JSON (line 1")
                .doesNotContain("Exception", "jakarta", "class"));
    }

    private static List<FieldError> errors(String body) {
        try {
            StrictJson.read(body, Order.class);
        } catch (InvalidInput e) {
            return e.errors();
        }
        throw new AssertionError("accepted: " + body);
    }
}
